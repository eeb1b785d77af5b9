import { platform } from '@platform';
import { api } from '../api';
import { createClaimFlow } from './claim-flow';
import { createOneTap } from './one-tap';
import { createParkingPayFlow } from './parking-pay';

// App-wide singletons: a tap's Idempotency-Key must outlive the page that made it (the citizen may
// leave and come back after a timeout).
export const claimFlow = createClaimFlow(api, platform.channel);
export const topupTaps = createOneTap('topup');
export const parkingPay = createParkingPayFlow(api);
