import { cst, yuan } from '../format';
import { FIELD_LABEL, VALUE_LABEL } from './labels';

/** One value as a person reads it: yuan for *_fen, Chinese statuses, nested values as key: value. */
export function valueText(key: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (key.endsWith('_fen') && typeof v === 'number') return yuan(v);
  if (typeof v === 'string' && VALUE_LABEL[key]?.[v]) return VALUE_LABEL[key][v];
  if (typeof v === 'boolean') return v ? '是' : '否';
  if (
    (key === 'from' || key === 'to' || key.endsWith('_at')) &&
    typeof v === 'string' &&
    !Number.isNaN(Date.parse(v))
  )
    return cst(v);
  if (Array.isArray(v)) return v.map((x) => valueText(key, x)).join('、') || '—';
  if (typeof v === 'object')
    return Object.entries(v as Record<string, unknown>)
      .map(([k, x]) => `${FIELD_LABEL[k] ?? k} ${valueText(k, x)}`)
      .join('，');
  return String(v);
}

/** Changes as "field: from → to" lines rather than raw JSON. */
export function changesText(changes: unknown): string {
  if (!changes || typeof changes !== 'object') return '';
  return Object.entries(changes as Record<string, unknown>)
    .map(([k, v]) =>
      v && typeof v === 'object' && !Array.isArray(v) && 'to' in (v as object)
        ? `${FIELD_LABEL[k] ?? k}: ${valueText(k, (v as { from: unknown }).from)} → ${valueText(k, (v as { to: unknown }).to)}`
        : `${FIELD_LABEL[k] ?? k}: ${valueText(k, v)}`,
    )
    .join('；');
}
