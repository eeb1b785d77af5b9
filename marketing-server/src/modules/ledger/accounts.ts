// Account names of the double-entry ledger (shared/docs/ARCHITECTURE.md §2).
export const accounts = {
  /** Money entering from outside (bank transfers in); it goes negative by exactly what came in. */
  world: 'world',
  funder: (funderId: string) => `funder:${funderId}`,
  campaignBudget: (campaignId: string) => `campaign_budget:${campaignId}`,
  granted: (campaignId: string) => `granted:${campaignId}`,
  merchantPayable: (merchantId: string) => `merchant_payable:${merchantId}`,
  /** Red packets handed to the bank, outcome not yet confirmed. */
  payoutPending: 'payout_pending',
  /** Red packets the bank confirmed paid into citizens' wallets. */
  walletOut: 'wallet_out',
  /** Merchant settlements handed to the bank, not yet confirmed. */
  settlementPending: 'settlement_pending',
  /** Subsidies the bank confirmed paid into a merchant's wallet. */
  merchantPaid: (merchantId: string) => `merchant_paid:${merchantId}`,
  /**
   * Citizens' own wallet money paid to a merchant through us (a parking fee): it moves inside the
   * bank, wallet to wallet, and these two accounts record it so every fee we collect is in the books.
   */
  citizenWallets: 'citizen_wallets',
  parkingCollected: (lotId: string) => `parking_collected:${lotId}`,
  /**
   * The 2.5-layer institution's exchanges (modules/ecny): customers' deposits at the core that became
   * e-CNY (negative by what is out), e-CNY in the wallets it serves, and exchanges sent, not yet final.
   */
  coreDeposits: 'core_deposits',
  ecnyInCirculation: 'ecny_in_circulation',
  ecnyExchangePending: 'ecny_exchange_pending',
  /** Interest the institution paid (or is paying) into its customers' wallets (negative by that). */
  ecnyInterestExpense: 'ecny_interest_expense',
  /**
   * Sub-wallets (子钱包) pushed from customers' wallets to a merchant or app: what one holds, its
   * movements sent to the operator and not final, and what merchants received from sub-wallets.
   * Still e-CNY in circulation: funding moves it out of ecny_in_circulation, a close moves it back.
   */
  ecnySubWallet: (subWalletId: string) => `ecny_subwallet:${subWalletId}`,
  ecnySubWalletPending: 'ecny_subwallet_pending',
  ecnySubWalletPaid: (merchantId: string) => `ecny_subwallet_paid:${merchantId}`,
  /**
   * The aggregated cashier (modules/cashier): what a merchant collected through one channel (ecny,
   * wechat, alipay, card), from that channel's payers (`channel_payers:ecny` are citizens' e-CNY
   * wallets), so the books prove per channel paid − refunded = collected.
   */
  cashierCollected: (channel: string, merchantId: string) => `cashier_collected:${channel}:${merchantId}`,
  channelPayers: (channel: string) => `channel_payers:${channel}`,
  /**
   * Hard wallets (modules/hard-wallet): citizens' soft wallets as the source of loads (圈存) and the
   * destination of unloads (圈提) and refunds (negative by what is on cards), orders handed to the
   * card back end and not final, each card's confirmed balance (loads − unloads − uploaded offline
   * spends), each badge's restricted meal subsidy, and a park organisation's subsidy fund.
   */
  hwSoftWallets: 'hw_soft_wallets',
  hwLoadPending: 'hw_load_pending',
  hwUnloadPending: 'hw_unload_pending',
  hwCard: (cardId: string) => `hw_card:${cardId}`,
  hwSubsidy: (cardId: string) => `hw_subsidy:${cardId}`,
  /**
   * Counter loads (柜面圈存): cash a branch took at its counter for a card (negative by what it owes
   * the card back end), and holders' deposit accounts at the bank debited for a card.
   */
  hwCounterCash: (locationId: string) => `hw_counter_cash:${locationId}`,
  hwHolderDeposits: 'hw_holder_deposits',
  parkFund: (orgId: string) => `park_fund:${orgId}`,
  /**
   * Prepaid-funds supervision (modules/prepaid): a consumer's money in the escrow's contract wallet
   * (per contract: what is retained), instructions to the escrow not yet final, what was released to
   * each merchant, what went back to consumers, and a lock the escrow refused (for a person).
   */
  prepaidLocked: (contractId: string) => `prepaid_locked:${contractId}`,
  prepaidPending: 'prepaid_pending',
  prepaidReleased: (merchantId: string) => `prepaid_released:${merchantId}`,
  prepaidRefunded: 'prepaid_refunded',
  prepaidExceptions: 'prepaid_exceptions',
  /**
   * Rail transit (modules/transit): riders' wallet money charged after the ride (a transfer inside
   * the bank, like a parking fee) and what each operating company collected that way.
   */
  transitRiderWallets: 'transit_rider_wallets',
  transitCollected: (merchantId: string) => `transit_collected:${merchantId}`,
};

/** Accounts whose money has left the campaign for good (or is on its way out through the bank). */
export function isSpentAccount(account: string): boolean {
  return (
    account.startsWith('merchant_payable:') ||
    account.startsWith('merchant_paid:') ||
    account === accounts.payoutPending ||
    account === accounts.walletOut ||
    account === accounts.settlementPending
  );
}

export type PostingKind =
  | 'deposit'
  | 'reserve'
  | 'claim'
  | 'redeem'
  | 'redeem_release'
  | 'redeem_reversal'
  | 'expire'
  | 'return'
  | 'payout_dispatch'
  | 'payout_confirm'
  | 'payout_refuse'
  | 'payout_cancel'
  | 'payout_recover'
  | 'settle_dispatch'
  | 'settle_confirm'
  | 'settle_refuse'
  | 'parking_payment'
  | 'ecny_exchange_dispatch'
  | 'ecny_exchange_confirm'
  | 'ecny_exchange_reverse'
  | 'ecny_interest_dispatch'
  | 'ecny_interest_confirm'
  | 'ecny_interest_reverse'
  | 'ecny_subwallet_dispatch'
  | 'ecny_subwallet_confirm'
  | 'ecny_subwallet_reverse'
  | 'cashier_payment'
  | 'cashier_refund'
  | 'card_load_dispatch'
  | 'card_load_confirm'
  | 'card_load_refuse'
  | 'card_unload_dispatch'
  | 'card_unload_confirm'
  | 'card_unload_refuse'
  | 'card_offline_spend'
  | 'park_fund_deposit'
  | 'subsidy_grant'
  | 'subsidy_spend'
  | 'subsidy_return'
  | 'cashier_handover'
  | 'prepaid_lock'
  | 'prepaid_lock_failed'
  | 'prepaid_release_out'
  | 'prepaid_release'
  | 'prepaid_release_back'
  | 'prepaid_refund_out'
  | 'prepaid_refund'
  | 'prepaid_refund_back'
  | 'transit_charge';
