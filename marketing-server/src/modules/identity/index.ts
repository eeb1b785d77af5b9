// The door of the identity module: everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { createSmsClient, createWechatClient } from './clients';
export { isValidIdNumber } from './id-number';
export { limitCodeSend } from './rate-limits';
export { registerIdentityRoutes } from './routes';
export { createIdentityService, type IdentityService } from './service';
