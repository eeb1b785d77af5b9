// The door of the bank-orders module (the one outbound bank-order lifecycle): everything other modules (and the platform) may use of it.
// Anything not exported here is the module's own; scripts/check-module-doors.mjs enforces it.
export { registerPaymentRoutes } from './routes';
export {
  INLINE_ATTEMPT_GRACE_MS,
  createPaymentService,
  insertPayments,
  type NewPayment,
  type PaymentPurpose,
  type PaymentRow,
  type PaymentService,
} from './service';
