import { ApiError } from '../../api';
import type { BodyOf } from '../../api-types';

// The terminal registration form's logic: the request body from the form's values, and the server's
// refusals put back on the field they are about (its zod issues by path, and the two refusals that
// name a field: a taken terminal number and an unknown merchant).

export type NewTerminal = BodyOf<'postAdminHardWalletTerminals'>;
export type TerminalFields = {
  merchant_id: string;
  store_name: string;
  kind: NewTerminal['kind'];
  terminal_no: string;
  org_id?: string;
};
export type FieldName = keyof TerminalFields;

/** Serial numbers are printed in capitals; spaces around a pasted value are not part of it. */
export function terminalBody(v: TerminalFields): NewTerminal {
  const body: NewTerminal = {
    terminal_no: v.terminal_no.trim().toUpperCase(),
    kind: v.kind,
    merchant_id: v.merchant_id,
    store_name: v.store_name.trim(),
  };
  // Only a door controller belongs to a park organisation (its door whitelist is the organisation's).
  if (v.kind === 'door' && v.org_id) body.org_id = v.org_id;
  return body;
}

const FIELD_TEXT: Record<FieldName, string> = {
  terminal_no: '终端号须为 6–20 位大写字母或数字',
  kind: '请选择终端类型',
  merchant_id: '请选择商户',
  store_name: '门店名称须为 1–80 个字',
  org_id: '园区单位不正确',
};

const isField = (k: string): k is FieldName => k in FIELD_TEXT;

export type Placed = { fields: { name: FieldName; errors: string[] }[]; message: string | null };

/** Where each of the server's complaints goes: on a field when it names one, else above the form. */
export function placeTerminalError(err: unknown): Placed {
  if (!(err instanceof ApiError)) return { fields: [], message: '登记失败，请重试' };
  if (err.code === 'TERMINAL_EXISTS')
    return { fields: [{ name: 'terminal_no', errors: [err.message] }], message: null };
  if (err.status === 404 && err.code === 'NOT_FOUND')
    return { fields: [{ name: 'merchant_id', errors: [err.message] }], message: null };
  const issues = err.details?.issues ?? [];
  const fields: Placed['fields'] = [];
  const elsewhere: string[] = [];
  for (const i of issues) {
    const key = i.path.replace(/^\//, '');
    if (isField(key) && !fields.some((f) => f.name === key))
      fields.push({ name: key, errors: [FIELD_TEXT[key]] });
    else if (!isField(key)) elsewhere.push(`${i.path}：${i.message}`);
  }
  if (!issues.length) return { fields: [], message: err.message };
  return { fields, message: elsewhere.length ? elsewhere.join('；') : null };
}
