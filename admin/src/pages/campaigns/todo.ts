import { api, type Page } from '../../api';
import type { Campaign } from './types';

/** Campaigns waiting for this approver: submitted for approval, neither made nor submitted by them. */
export function awaitingMe(items: Campaign[], userId: string): Campaign[] {
  return items.filter(
    (c) => c.status === 'pending_approval' && c.created_by !== userId && c.submitted_by !== userId,
  );
}

/** Every campaign waiting for approval, all pages of the list (the queue is short; 20 pages at most). */
export async function pendingApproval(): Promise<Campaign[]> {
  const all: Campaign[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 20; i++) {
    const q: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page: Page<Campaign> = await api<Page<Campaign>>(
      `/admin/campaigns?status=pending_approval&limit=100${q}`,
    );
    all.push(...page.items);
    cursor = page.next_cursor;
    if (!cursor) break;
  }
  return all;
}

const CHANGED = 'sy:campaign-decided';

/** Tells the header's count that a campaign changed state here (it also reloads every 30 s). */
export const announceCampaignChange = () => window.dispatchEvent(new Event(CHANGED));

export function onCampaignChange(fn: () => void): () => void {
  window.addEventListener(CHANGED, fn);
  return () => window.removeEventListener(CHANGED, fn);
}
