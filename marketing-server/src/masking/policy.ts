import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { refused } from '../shared/domain-error';
import type { Principal } from '../security/tokens';
import { maskCouponCode, maskIdNumber, maskName, maskPhone, maskPlate, maskWalletId } from './mask';

/**
 * Field classes (seed §混合数据脱敏): C3 identifies a person on its own, C2 is personal but does not,
 * C1 is internal data that staff may see. A field is classified by its name, wherever it sits in a
 * response, an export row or a log line; a name not listed here is C1.
 */
export type FieldClass = 'C3' | 'C2' | 'C1';

/** What a viewer gets for a field: the value, its masked form, a pseudonym, or a prefix. */
export type Treatment = 'show' | 'mask' | 'hash' | 'truncate';

type FieldSpec = { cls: FieldClass; mask: (v: string) => string };

const keepLast4 = (v: string) => (v.length <= 4 ? '*'.repeat(v.length) : `****${v.slice(-4)}`);

export const FIELD_CLASSES: Readonly<Record<string, FieldSpec>> = {
  id_number: { cls: 'C3', mask: maskIdNumber },
  phone: { cls: 'C3', mask: maskPhone },
  mobile: { cls: 'C3', mask: maskPhone },
  wallet_id: { cls: 'C3', mask: maskWalletId },
  card_number: { cls: 'C3', mask: keepLast4 },
  bank_card: { cls: 'C3', mask: keepLast4 },
  plate: { cls: 'C3', mask: maskPlate },
  plate_no: { cls: 'C3', mask: maskPlate },
  openid: { cls: 'C3', mask: (v) => pseudonym(v) },
  unionid: { cls: 'C3', mask: (v) => pseudonym(v) },
  coupon_code: { cls: 'C3', mask: maskCouponCode },
  real_name: { cls: 'C2', mask: maskName },
  name_of_holder: { cls: 'C2', mask: maskName },
  address: { cls: 'C2', mask: (v) => truncate(v) },
};

export type ClassPolicy = Readonly<Record<FieldClass, Treatment>>;

const MASKED: ClassPolicy = { C3: 'mask', C2: 'mask', C1: 'show' };
const CLEAR: ClassPolicy = { C3: 'show', C2: 'show', C1: 'show' };

/**
 * The policy per role. Nobody on staff sees C3 or C2 in clear by default; the roles in UNMASK_ROLES may
 * ask for it (`unmask=true`), which is written to the audit log by the route that allows it.
 */
export const ROLE_POLICY: Readonly<Record<string, ClassPolicy>> = {
  admin: MASKED,
  auditor: MASKED,
  campaign_manager: MASKED,
  approver: MASKED,
  funder: MASKED,
  risk_analyst: MASKED,
  merchant_operator: MASKED,
};
// The user administrator (`admin`) manages users and roles only: it does not unmask.
export const UNMASK_ROLES: readonly string[] = ['auditor'];

/** Log lines are read by many people and kept long: the strictest view. */
export const LOG_POLICY: ClassPolicy = MASKED;

/** A role not in the table gets the strictest view, never a clearer one. */
const FALLBACK: ClassPolicy = { C3: 'hash', C2: 'mask', C1: 'show' };

const OPENNESS: Record<Treatment, number> = { hash: 0, mask: 1, truncate: 2, show: 3 };

/** With several roles a person sees what the most open of them allows (roles add up). */
function combine(policies: ClassPolicy[]): ClassPolicy {
  if (policies.length === 0) return FALLBACK;
  const pick = (c: FieldClass) =>
    policies.map((p) => p[c]).reduce((a, b) => (OPENNESS[b] > OPENNESS[a] ? b : a));
  return { C3: pick('C3'), C2: pick('C2'), C1: pick('C1') };
}

export function canUnmask(principal: Principal | null): boolean {
  return principal?.typ === 'admin' && principal.roles.some((r) => UNMASK_ROLES.includes(r));
}

/** Why someone asks to see personal data in clear; every unmasked read states one (it is audited). */
export const unmaskReason = z.string().trim().min(2, '请填写查看原因').max(200);

/** An unmasked list or export without a stated reason is refused before anything is read. */
export function requireUnmaskReason(reason: string | undefined): string {
  if (!reason) throw refused('UNMASK_REASON_REQUIRED', '查看未脱敏的个人信息须填写原因（reason）');
  return reason;
}

/**
 * The view a caller gets. A citizen is the holder of what the citizen API returns (their own claims,
 * coupons, plates), so they see it in clear; staff get their roles' policy, or clear if they may and do
 * ask to unmask. Nobody authenticated gets the log policy.
 */
export function policyFor(principal: Principal | null, opts: { unmask?: boolean } = {}): ClassPolicy {
  if (!principal) return LOG_POLICY;
  if (principal.typ === 'citizen') return CLEAR;
  // A partner app sees what the log sees: it holds no role that unmasks.
  if (principal.typ === 'partner') return LOG_POLICY;
  if (opts.unmask && canUnmask(principal)) return CLEAR;
  return combine(principal.roles.map((r) => ROLE_POLICY[r] ?? FALLBACK));
}

let pseudonymKey: Buffer | null = null;

/**
 * A stable stand-in for a value: equal inputs give equal outputs (rows can still be grouped), the input
 * cannot be read back. Keyed per process, so pseudonyms are comparable within one response or export.
 */
export function pseudonym(v: string): string {
  pseudonymKey ??= randomBytes(32);
  return 'h:' + createHmac('sha256', pseudonymKey).update(v).digest('hex').slice(0, 16);
}

export function truncate(v: string, keep = 6): string {
  const chars = Array.from(v);
  return chars.length <= keep ? v : chars.slice(0, keep).join('') + '…';
}

export function treat(spec: FieldSpec, treatment: Treatment, v: string): string {
  switch (treatment) {
    case 'show':
      return v;
    case 'mask':
      return spec.mask(v);
    case 'hash':
      return pseudonym(v);
    case 'truncate':
      return truncate(v);
  }
}

/**
 * Applies a policy to a JSON-like value: every field whose name is classified is treated by its
 * class; everything else is copied. The one place responses, CSV exports and logs are masked.
 */
export function applyPolicy<T>(value: T, policy: ClassPolicy): T {
  if (Array.isArray(value)) return value.map((v) => applyPolicy(v, policy)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const spec = FIELD_CLASSES[k];
      if (spec && typeof v === 'string') out[k] = treat(spec, policy[spec.cls], v);
      else out[k] = v !== null && typeof v === 'object' ? applyPolicy(v, policy) : v;
    }
    return out as T;
  }
  return value;
}

/** Masks personal-data fields by name anywhere in a JSON-like value (the log policy). */
export function maskDeep<T>(value: T): T {
  return applyPolicy(value, LOG_POLICY);
}
