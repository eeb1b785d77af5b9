import { NAV } from './nav';

export type Crumb = { label: string; path?: string };

// Pages below a menu entry, by the path segments after it (`:id` stands for any one segment).
const SUB_PAGES: { pattern: string[]; label: string }[] = [
  { pattern: ['campaigns', 'new'], label: '新建活动' },
  { pattern: ['campaigns', ':id'], label: '活动详情' },
  { pattern: ['campaigns', ':id', 'edit'], label: '编辑活动' },
  { pattern: ['campaigns', ':id', 'rules', 'eligibility'], label: '领取资格规则' },
  { pattern: ['campaigns', ':id', 'rules', 'risk'], label: '风控策略' },
];

const matches = (pattern: string[], segs: string[]) => pattern.every((p, i) => p === ':id' || p === segs[i]);

/**
 * The trail from the menu entry a page belongs to down to the page itself: every step but the last
 * links back. A path outside the menu gives an empty trail.
 */
export function crumbsFor(pathname: string): Crumb[] {
  const segs = pathname.split('/').filter(Boolean);
  const top = NAV.find((n) => n.path === `/${segs[0] ?? ''}`);
  if (!top) return [];
  const trail: Crumb[] = [{ label: top.label, path: top.path }];
  // At each depth the first pattern that fits wins (so `campaigns/new` is not read as a detail page).
  for (let depth = 2; depth <= segs.length; depth++) {
    const sub = SUB_PAGES.find((s) => s.pattern.length === depth && matches(s.pattern, segs));
    if (sub) trail.push({ label: sub.label, path: `/${segs.slice(0, depth).join('/')}` });
  }
  const last = trail[trail.length - 1];
  return trail.map((c) => (c === last ? { label: c.label } : c));
}
