// Account names of the double-entry ledger (shared/docs/ARCHITECTURE.md §2).
export const accounts = {
  /** Money entering from outside (bank transfers in); it goes negative by exactly what came in. */
  world: 'world',
  funder: (funderId: string) => `funder:${funderId}`,
  campaignBudget: (campaignId: string) => `campaign_budget:${campaignId}`,
  granted: (campaignId: string) => `granted:${campaignId}`,
  merchantPayable: (merchantId: string) => `merchant_payable:${merchantId}`,
  payoutPending: 'payout_pending',
  walletOut: 'wallet_out',
};

export type PostingKind =
  'deposit' | 'reserve' | 'claim' | 'redeem' | 'redeem_release' | 'redeem_reversal' | 'expire' | 'return';
