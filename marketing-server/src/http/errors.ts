import type { Context, Next } from 'koa';
import { isPoolTimeout } from '../db/mysql';
import { DomainError } from '../shared/domain-error';
import type { Logger } from '../shared/logger';

// Refusals carry a stable UPPER_SNAKE code; the mapper turns them into `{code, message, request_id}`.
// A service's DomainError gets its status from STATUS_BY_CODE below (a route may answer a few codes
// differently, see RouteSpec.errorStatuses); the HTTP layer's own refusals (a malformed body, a missing
// Idempotency-Key, an unknown route) are AppErrors that carry theirs. Anything else is a 500 whose
// details stay in the log.

/** A refusal of the HTTP layer itself, with its status: only code under http/ throws these. */
export class AppError extends DomainError {
  readonly status: number;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(code, message, details);
    this.status = status;
  }
}

export const badRequest = (code: string, message: string, details?: unknown) =>
  new AppError(400, code, message, details);
export const unauthorized = (message = '请先登录') => new AppError(401, 'UNAUTHENTICATED', message);
export const forbidden = (message = '无权执行此操作') => new AppError(403, 'FORBIDDEN', message);
export const conflict = (code: string, message: string, details?: unknown) =>
  new AppError(409, code, message, details);
export const unprocessable = (code: string, message: string, details?: unknown) =>
  new AppError(422, code, message, details);

/**
 * The HTTP status of every domain code. A code thrown anywhere in src must be here
 * (domain-codes.test.ts checks it); one that is not answers 500 and is logged as a bug.
 */
export const STATUS_BY_CODE: Readonly<Record<string, number>> = {
  // 400: the request itself is malformed in a way its schema cannot say.
  ECNY_UNSUPPORTED_MESSAGE: 400,
  INVALID_DAY: 400,
  AGREEMENT_NOT_ACCEPTED: 400,
  AUTH_CODE_INVALID: 400,
  CHANNEL_UNKNOWN: 400,
  CLAIM_TOKEN_REQUIRED: 400,
  UNMASK_REASON_REQUIRED: 400,
  EXIT_BEFORE_ENTRY: 400,
  INVALID_RANGE: 400,
  PLATE_INVALID: 400,
  RANGE_TOO_LONG: 400,
  STAY_TOO_LONG: 400,
  TARIFF_REQUIRED: 400,
  // 401: who is calling is not established (no session, a wrong password or code, a bad signature).
  TERMINAL_CLOCK_SKEW: 401,
  TERMINAL_NOT_SIGNED_ON: 401,
  // APIX: each refusal of a partner's signed request has its own code (modules/apix/gateway.ts).
  APIX_APP_UNKNOWN: 401,
  APIX_AUTHORIZATION_MALFORMED: 401,
  APIX_KEY_SERIAL_UNKNOWN: 401,
  APIX_NONCE_REPLAYED: 401,
  APIX_SCHEME_MISMATCH: 401,
  APIX_SIGNATURE_INVALID: 401,
  APIX_SIGNATURE_MISSING: 401,
  APIX_TIMESTAMP_SKEW: 401,
  CALLBACK_REPLAYED: 401,
  CALLBACK_SIGNATURE_INVALID: 401,
  GATE_REPLAYED: 401,
  GATE_SIGNATURE_INVALID: 401,
  INVALID_CREDENTIALS: 401,
  NOTIFY_SIGNATURE_INVALID: 401,
  OTP_INVALID: 401,
  UNAUTHENTICATED: 401,
  WECHAT_CODE_INVALID: 401,
  // 403: the caller is known and may not do this.
  TERMINAL_DISABLED: 403,
  APIX_APP_NOT_ACTIVE: 403,
  APIX_APP_SUSPENDED: 403,
  APIX_CONSENT_REQUIRED: 403,
  APIX_IP_NOT_ALLOWED: 403,
  APIX_MERCHANT_NOT_BOUND: 403,
  APIX_PRODUCT_NOT_SUBSCRIBED: 403,
  APIX_SCHEME_NOT_ALLOWED: 403,
  APIX_SANDBOX_UNAVAILABLE: 403,
  APIX_SECOND_FACTOR_INVALID: 403,
  APIX_SECOND_FACTOR_REQUIRED: 403,
  CLAIM_TOKEN_INVALID: 403,
  FORBIDDEN: 403,
  SAME_PERSON: 403,
  // payment PINs (modules/payment-pin): a payment that needs the PIN came without a valid token.
  PAYMENT_TOKEN_INVALID: 403,
  PAYMENT_TOKEN_REQUIRED: 403,
  // 404
  COUPON_NOT_FOUND: 404,
  NOT_FOUND: 404,
  SESSION_NOT_FOUND: 404,
  // 409: the current state of things does not allow it (sold out, already done, in progress).
  CARD_ORDER_IN_FLIGHT: 409,
  CARD_RANGE_TAKEN: 409,
  CARD_STATE_INVALID: 409,
  CARD_NOT_USABLE: 409,
  CARD_NOT_BOUND: 409,
  CARD_NOT_IN_STOCK: 409,
  DISTRIBUTION_STATE_INVALID: 409,
  LOCATION_NAME_TAKEN: 409,
  DEPOSIT_NOT_PENDING: 409,
  EXCEPTION_NOT_PROPOSED: 409,
  STAFF_NOT_ACTIVE: 409,
  STOCK_INSUFFICIENT: 409,
  SUBSIDY_RUN_EXISTS: 409,
  SUBSIDY_RUN_NOT_DRAFT: 409,
  SUBSIDY_RUN_NOT_POSTED: 409,
  TERMINAL_EXISTS: 409,
  APIX_ENDPOINT_DISABLED: 409,
  APIX_KEY_LIMIT: 409,
  APIX_MERCHANT_ALREADY_BOUND: 409,
  APIX_API_KEY_REVEALED: 409,
  // prepaid supervision (modules/prepaid)
  CONTRACT_ALREADY_PAID: 409,
  APPLICATION_EXISTS: 409,
  APPLICATION_NOT_PENDING: 409,
  PRODUCT_EXISTS: 409,
  WRITE_OFF_SEQ_REUSED: 409,
  CONTRACT_FROZEN: 409,
  CONTRACT_NOT_ACTIVE: 409,
  WRITE_OFF_CONFLICT: 409,
  WRITE_OFF_REJECTED: 409,
  WRITE_OFF_NOT_PENDING: 409,
  WRITE_OFF_PENDING: 409,
  RELEASE_IN_PROGRESS: 409,
  CONTRACT_NOT_REFUNDABLE: 409,
  REFUND_AMOUNT_CHANGED: 409,
  PROPOSAL_NOT_PENDING: 409,
  ECNY_SUB_WALLET_BUSY: 409,
  ECNY_SUB_WALLET_CLOSED: 409,
  ECNY_SUB_WALLET_EXISTS: 409,
  ECNY_WALLET_CLOSED: 409,
  ECNY_WALLET_EXISTS: 409,
  MERCHANT_LICENCE_TAKEN: 409,
  ALREADY_REFUNDED: 409,
  ALREADY_VERIFIED: 409,
  BANK_ORDER_CONFLICT: 409,
  BILL_NOT_READY: 409,
  BUILTIN_ROLE: 409,
  CAMPAIGN_NOT_EDITABLE: 409,
  CAMPAIGN_NOT_RUNNING: 409,
  CAMPAIGN_NOT_SETTLEABLE: 409,
  CAMPAIGN_NOT_STARTED: 409,
  // 开抢提醒 (modules/reminders)
  CAMPAIGN_ALREADY_STARTED: 409,
  PHONE_REQUIRED: 409,
  WECHAT_NOT_BOUND: 409,
  WECHAT_NOT_SUBSCRIBED: 409,
  APPLICATION_DECIDED: 409,
  CHANGE_DECIDED: 409,
  CONCURRENT_UPDATE: 409,
  COUPON_ALREADY_USED: 409,
  COUPON_EXPIRED: 409,
  COUPON_NOT_USABLE: 409,
  DAILY_LIMIT_REACHED: 409,
  DEPOSIT_ALREADY_DECIDED: 409,
  DEPOSIT_BY_BANK_ORDER: 409,
  FUNDER_NOT_MERCHANT: 422,
  MERCHANT_FUNDER_EXISTS: 409,
  MERCHANT_NO_WALLET: 422,
  EVENT_IN_PROGRESS: 409,
  EXCEPTION_NOT_OPEN: 409,
  EXCEPTION_RESOLVED: 409,
  FEE_CHANGED: 409,
  IDENTITY_NOT_VERIFIED: 409,
  INVALID_TRANSITION: 409,
  LIST_ENTRY_EXISTS: 409,
  NOTHING_DUE: 409,
  NO_AGREEMENT: 409,
  DEBT_OUTSTANDING: 409,
  FARE_VERSION_STATE: 409,
  TICKET_STATE: 409,
  JOURNEY_STATE: 409,
  NO_FARE_TABLE: 409,
  ORDER_ALREADY_REDEEMED: 409,
  ORDER_EXPIRED: 409,
  ORDER_NOT_PAYABLE: 409,
  ORDER_NOT_REFUNDABLE: 409,
  PAYMENT_IN_PROGRESS: 409,
  PAYMENT_NOT_CANCELLABLE: 409,
  PAYMENT_NOT_DEAD: 409,
  PERSON_LIMIT_REACHED: 409,
  PIN_ALREADY_SET: 409,
  PIN_NOT_SET: 409,
  PLATE_EXISTS: 409,
  PLATE_NOT_VERIFIED: 409,
  PLATE_SEAMLESS_TAKEN: 409,
  PLATE_VERIFIED_BY_OTHER: 409,
  REDEMPTION_SETTLED: 409,
  REFUND_IN_PROGRESS: 409,
  RETRY: 409,
  REVIEW_RESOLVED: 409,
  ROLE_EXISTS: 409,
  SESSION_CHANGED: 409,
  SESSION_NOT_AT_BARRIER: 409,
  SESSION_STATE: 409,
  SOD_CONFLICT: 409,
  STOCK_EXHAUSTED: 409,
  USERNAME_TAKEN: 409,
  USER_LIMIT_REACHED: 409,
  WALLET_NOT_BOUND: 409,
  // 422: well-formed, but a business rule says no.
  CARD_BALANCE_INSUFFICIENT: 422,
  CARD_BALANCE_LIMIT: 422,
  CARD_RANGE_INVALID: 422,
  COUNTER_LOAD_NOT_AT_BRANCH: 422,
  DEPOSIT_ACCOUNT_NOT_HOLDERS: 422,
  DISTRIBUTION_COUNT_INVALID: 422,
  DISTRIBUTION_SAME_LOCATION: 422,
  DISTRIBUTION_SCOPE_REQUIRED: 422,
  LOCATION_TERMINAL_INVALID: 422,
  VENDING_ANONYMOUS_ONLY: 422,
  WALLET_NOT_HOLDERS: 422,
  EXCEPTION_NOT_BOOKABLE: 422,
  HOLDER_REQUIRED: 422,
  PARK_FUND_INSUFFICIENT: 422,
  SUBSIDY_INSUFFICIENT: 422,
  SUBSIDY_MERCHANT_NOT_ALLOWED: 422,
  SUBSIDY_OUTSIDE_WINDOW: 422,
  SUBSIDY_STALE: 422,
  APIX_IP_ALLOWLIST_REQUIRED: 422,
  APIX_PRODUCT_UNKNOWN: 422,
  APIX_PUBLIC_KEY_INVALID: 422,
  APIX_DECRYPT_FAILED: 422,
  // prepaid supervision (modules/prepaid)
  PREPAID_OVER_CAP: 422,
  PREPAID_MERCHANT_CAP: 422,
  MERCHANT_NOT_ELIGIBLE: 422,
  PRODUCT_NOT_ON_SALE: 422,
  CHANNEL_NOT_ALLOWED: 422,
  WRITE_OFF_EXCEEDS: 422,
  COOLING_OFF_PASSED: 422,
  NOTHING_TO_REFUND: 422,
  COMMENT_REQUIRED: 422,
  ECNY_ACCOUNT_NOT_OWN: 422,
  ECNY_ACCOUNT_NOT_USABLE: 422,
  ECNY_EXCHANGE_FAILED: 422,
  ECNY_EXCHANGE_LIMIT: 422,
  ECNY_INSUFFICIENT_BALANCE: 422,
  ECNY_OPERATOR_REFUSED: 422,
  ECNY_OPERATOR_UNKNOWN: 422,
  ECNY_PHONE_REQUIRED: 422,
  ECNY_SUB_WALLET_BALANCE_LIMIT: 422,
  ECNY_SUB_WALLET_FAILED: 422,
  ECNY_SUB_WALLET_LIMIT: 422,
  ECNY_SUB_WALLET_MERCHANT_NOT_ALLOWED: 422,
  ECNY_WALLET_BALANCE_LIMIT: 422,
  ECNY_WALLET_NOT_LINKED: 422,
  ECNY_WALLET_NOT_OPENED: 422,
  ECNY_WALLET_NOT_USABLE: 422,
  BILL_DATE_NOT_OVER: 422,
  BUDGET_TOO_SMALL: 422,
  CAPTURED_AT_IN_FUTURE: 422,
  CLAIM_WINDOW_PASSED: 422,
  COUPON_NOT_YET_USABLE: 422,
  FUNDER_NOT_FOUND: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  FARE_TABLE_INVALID: 422,
  GATE_KIND_MISMATCH: 422,
  TAP_KIND_MISMATCH: 422,
  TAPPED_AT_IN_FUTURE: 422,
  TAP_ORDER: 422,
  UNKNOWN_RIDER_CATEGORY: 422,
  UNKNOWN_STATION: 422,
  NO_RECORDS: 422,
  NO_SUCH_TRIP: 422,
  IDENTITY_MISMATCH: 422,
  ID_NUMBER_INVALID: 422,
  INSUFFICIENT_FUNDS: 422,
  LANE_DIRECTION: 422,
  LANE_UNKNOWN: 422,
  MERCHANT_NOT_IN_SCOPE: 422,
  NOT_ELIGIBLE: 422,
  ORDER_BELOW_THRESHOLD: 422,
  OUT_REFUND_NO_REUSED: 422,
  OUT_TRADE_NO_REUSED: 422,
  MERCHANT_ORDERS_RESERVED: 422,
  STATEMENT_DATE_IN_FUTURE: 422,
  PAYMENT_FAILED: 422,
  PIN_INCORRECT: 422,
  PIN_TOO_SIMPLE: 422,
  PLATE_LIMIT: 422,
  PLATE_NOT_REGISTERED: 422,
  PLATE_OWNER_MISMATCH: 422,
  REFUND_AMOUNT_EXCEEDED: 422,
  REFUND_FAILED: 422,
  RISK_REJECTED: 422,
  RULE_SET_INVALID: 422,
  SUBSIDY_ECNY_ONLY: 422,
  UNKNOWN_PERMISSION: 422,
  UNKNOWN_ROLE: 422,
  // A cross-field rule of a campaign; the HTTP layer's schema refusals are 400 VALIDATION_FAILED AppErrors.
  VALIDATION_FAILED: 422,
  WALLET_BALANCE_LIMIT: 422,
  WALLET_CARD_NOT_BOUND: 422,
  WALLET_CLOSED: 422,
  WALLET_DAILY_LIMIT: 422,
  WALLET_FROZEN: 422,
  WALLET_INSUFFICIENT_BALANCE: 422,
  WALLET_NOT_USABLE: 422,
  WALLET_OTP_EXPIRED: 422,
  WALLET_OTP_INVALID: 422,
  WALLET_PAYMENT_LIMIT: 422,
  WALLET_YEARLY_LIMIT: 422,
  // 429: too often; RATE_LIMITED also says when to come back (Retry-After).
  APIX_QUOTA_EXCEEDED: 429,
  OTP_TOO_FREQUENT: 429,
  PIN_LOCKED: 429,
  RATE_LIMITED: 429,
  WALLET_OTP_LOCKED: 429,
  // 502: the bank refused for a reason it did not name in terms we know.
  BANK_REJECTED: 502,
  // 503: a dependency is down or its answer is not known yet: the same request may succeed later.
  ECNY_EXCHANGE_OUTCOME_UNKNOWN: 503,
  ECNY_NOT_CONFIGURED: 503,
  ECNY_SUB_WALLET_OUTCOME_UNKNOWN: 503,
  BANK_OUTCOME_UNKNOWN: 503,
  BANK_UNAVAILABLE: 503,
  PAYMENT_OUTCOME_UNKNOWN: 503,
  RATE_LIMIT_UNAVAILABLE: 503,
  REGISTRY_UNAVAILABLE: 503,
  RISK_UNAVAILABLE: 503,
  SERVICE_UNAVAILABLE: 503,
  TOPUP_OUTCOME_UNKNOWN: 503,
  UPSTREAM_UNAVAILABLE: 503,
};

/**
 * The status a refusal answers: an AppError's own, else the route's exception for the code (set by
 * defineRoute in ctx.state.errorStatuses), else the table's; undefined for a code nobody mapped.
 */
export function statusOf(
  err: DomainError,
  routeStatuses?: Readonly<Record<string, number>>,
): number | undefined {
  if (err instanceof AppError) return err.status;
  if (routeStatuses && Object.hasOwn(routeStatuses, err.code)) return routeStatuses[err.code];
  return Object.hasOwn(STATUS_BY_CODE, err.code) ? STATUS_BY_CODE[err.code] : undefined;
}

const BUSY_RETRY_AFTER_S = 1;

function internalError(ctx: Context, requestId: string) {
  ctx.status = 500;
  ctx.body = { code: 'INTERNAL_ERROR', message: '服务暂时不可用，请稍后重试', request_id: requestId };
}

export function errorMapper(logger: Logger) {
  return async function mapErrors(ctx: Context, next: Next) {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) {
        throw new AppError(404, 'ROUTE_NOT_FOUND', `No route for ${ctx.method} ${ctx.path}`);
      }
      if (ctx.status === 405 && typeof ctx.body !== 'object') {
        throw new AppError(405, 'METHOD_NOT_ALLOWED', `${ctx.method} is not allowed on ${ctx.path}`);
      }
    } catch (err) {
      const requestId = ctx.state.requestId as string;
      if (err instanceof DomainError) {
        const status = statusOf(err, ctx.state.errorStatuses as Record<string, number> | undefined);
        if (status === undefined) {
          logger.error('domain code without an HTTP status (add it to STATUS_BY_CODE)', {
            request_id: requestId,
            code: err.code,
            path: ctx.path,
          });
          return internalError(ctx, requestId);
        }
        ctx.status = status;
        if (err.retryAfterS !== undefined) ctx.set('Retry-After', String(err.retryAfterS));
        ctx.body = {
          code: err.code,
          message: err.message,
          request_id: requestId,
          ...(err.details !== undefined ? { details: err.details } : {}),
        };
        return;
      }
      if (isPoolTimeout(err)) {
        // Every database connection is busy: a moment later one may not be, so the client may retry.
        logger.warn('database connection pool exhausted', { request_id: requestId, path: ctx.path });
        ctx.status = 503;
        ctx.set('Retry-After', String(BUSY_RETRY_AFTER_S));
        ctx.body = { code: 'SERVICE_BUSY', message: '系统繁忙，请稍后再试', request_id: requestId };
        return;
      }
      const status = (err as { status?: number }).status;
      if (status === 413) {
        ctx.status = 413;
        ctx.body = { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大', request_id: requestId };
        return;
      }
      logger.error('unhandled error', { request_id: requestId, err });
      internalError(ctx, requestId);
    }
  };
}
