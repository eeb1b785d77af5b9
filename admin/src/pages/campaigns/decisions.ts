/** One step of the maker-checker conversation (GET /admin/campaigns/{id}/decisions). */
export type Decision = {
  action: 'submit' | 'approve' | 'reject' | 'revise';
  comment: string | null;
  actor_id: string;
  actor_name: string | null;
  at: string | null;
};

export const DECISION_LABEL: Record<Decision['action'], string> = {
  submit: '提交审批',
  approve: '批准',
  reject: '驳回',
  revise: '退回修改',
};

/** The rejection the maker still has to answer: the last one, unless the campaign was submitted since. */
export function openRejection(items: Decision[]): Decision | null {
  for (let i = items.length - 1; i >= 0; i--) {
    if (items[i].action === 'reject') return items[i];
    if (items[i].action === 'submit' || items[i].action === 'approve') return null;
  }
  return null;
}
