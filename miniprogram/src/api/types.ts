// The citizen API's shapes: aliases of the types generated from marketing-server's OpenAPI document
// (schema.d.ts, `npm run gen:api`). Change a shape in the server's zod schemas, never here.
import type { components, operations } from './schema';

type Schemas = components['schemas'];
/** The JSON body an operation answers with `status` (200 unless named). */
export type ResponseOf<
  Op extends keyof operations,
  Status extends keyof operations[Op]['responses'] = 200 extends keyof operations[Op]['responses']
    ? 200
    : never,
> = operations[Op]['responses'][Status] extends { content: { 'application/json': infer Body } }
  ? Body
  : never;

export type MerchantRef = Schemas['MerchantRef'];
export type ClaimPreview = Schemas['ClaimPreview'];
export type Campaign = Schemas['Campaign'] & { mine?: ClaimPreview };
export type CouponTerms = NonNullable<Campaign['coupon']>;
export type Claim = Schemas['Claim'];
export type ClaimStatus = Claim['status'];
export type Page<T> = { items: T[]; next_cursor: string | null };

export type Wallet = Schemas['Wallet'];
export type BoundWallet = Schemas['BoundWallet'];
export type Topup = ResponseOf<'getMeWalletTopups'>['items'][number] & { wallet?: Wallet };
export type Me = Schemas['Me'];

// ---- smart parking ----
export type ParkingLot = Schemas['ParkingLot'];
export type ParkingPlate = Schemas['ParkingPlate'];
export type PlateColor = ParkingPlate['plate_color'];
/** A session as listed (history): no live fee. */
export type ParkingSession = ResponseOf<'getMeParkingSessions'>['history'][number];
export type SessionStatus = ParkingSession['status'];
/** One billing day (07:30 to 07:30 in Guangzhou) of a stay's price. */
export type BillingDayLine = Schemas['BillingDayLine'];
/** A session priced now by the server (`as_of`): what the pay page and current sessions show. */
export type LiveSession = Schemas['LiveSession'];
/** A coupon of the driver's usable on this stay, with what it takes off what is due now. */
export type ParkingCoupon = LiveSession['coupons'][number];
export type ParkingPayment = Schemas['ParkingPayment'];
export type ParkingPayResult = Schemas['ParkingPayResult'];
/** 停车缴费电子凭证. */
export type ParkingReceipt = Schemas['ParkingReceipt'];

// ---- prepaid supervision (预付费监管) ----
export type PrepaidContract = ResponseOf<'getMePrepaidContracts'>['items'][number];
export type PrepaidContractDetail = ResponseOf<'getMePrepaidContractsByContractId'>;
export type PrepaidWriteOff = PrepaidContractDetail['write_offs'][number];
export type PrepaidProduct = ResponseOf<'getPrepaidProducts'>['items'][number];
export type PrepaidRefundQuote = ResponseOf<'getMePrepaidContractsByContractIdRefundQuote'>;

// ---- hard wallets ----
export type HardWalletCard = ResponseOf<'getMeHardWallets'>['items'][number];
export type HardWalletOrder = ResponseOf<'getMeHardWalletsByIdOrders'>['items'][number];
// ---- rail transit and tram (乘车码) ----
export type TransitStatus = ResponseOf<'getMeTransit'>;
export type TransitRider = ResponseOf<'postMeTransitAgreement'>;
export type RideCode = ResponseOf<'getMeTransitRideCode'>;
export type TransitJourney = ResponseOf<'getMeTransitJourneys'>['items'][number];
export type JourneyStatus = TransitJourney['status'];
export type DayTicket = ResponseOf<'getMeTransitDayTickets'>['items'][number];
export type DayTicketBought = ResponseOf<'postMeTransitDayTickets', 201>;
export type DayTicketProducts = Schemas['DayTicketProducts'];
export type DebtPaid = ResponseOf<'postMeTransitJourneysByJourneyIdPay', 201>;
export type CampaignReminder = Schemas['CampaignReminder'];
