import { z } from 'zod';

const TierLimits = z.object({
  balance_fen: z.number().int(),
  per_payment_fen: z.number().int(),
  daily_fen: z.number().int(),
  yearly_fen: z.number().int(),
});

// line 28 statuses 200
export const getMeEcnyWallet = z.union([
  z.object({
    balance_fen: z.number().int(),
    limits: TierLimits.nullable(),
    id: z.string(),
    kind: z.enum(['personal', 'corporate']),
    name: z.string(),
    operator_id: z.string(),
    wallet_id_masked: z.string(),
    wallet_type: z.string(),
    wallet_level: z.string(),
    status: z.enum(['closed', 'normal', 'frozen']),
    account_no_masked: z.string().nullable(),
    linked: z.boolean(),
    linked_at: z.string().nullable(),
    created_at: z.string().nullable(),
    opened: z.literal(true),
  }),
  z.object({ opened: z.literal(false) }),
]);
// line 37 statuses 201
export const postMeEcnyWallet = z.object({
  id: z.string(),
  kind: z.enum(['personal', 'corporate']),
  name: z.string(),
  operator_id: z.string(),
  wallet_id_masked: z.string(),
  wallet_type: z.string(),
  wallet_level: z.string(),
  status: z.enum(['closed', 'normal', 'frozen']),
  account_no_masked: z.string().nullable(),
  linked: z.boolean(),
  linked_at: z.string().nullable(),
  created_at: z.string().nullable(),
});
// line 54 statuses 200
export const postMeEcnyWalletLink = postMeEcnyWallet;
// line 67 statuses 201
export const postMeEcnyExchanges = z.object({
  id: z.string(),
  direction: z.enum(['out', 'back', 'interest']),
  interest_quarter: z.string().nullable(),
  amount_fen: z.number().int(),
  status: z.enum(['failed', 'processing', 'succeeded']),
  core_status: z.enum(['none', 'failed', 'init', 'debited', 'crediting', 'credited', 'reversed']),
  error_code: z.string().nullable(),
  wallet_id_masked: z.string(),
  account_no_masked: z.string().nullable(),
  operator_id: z.string(),
  created_at: z.string().nullable(),
  completed_at: z.string().nullable(),
});
// line 81 statuses 200
export const getMeEcnyExchanges = z.object({
  items: z.array(postMeEcnyExchanges),
  next_cursor: z.string().nullable(),
});
// line 94 statuses 200
export const getAdminEcnyWallets = z.object({
  items: z.array(postMeEcnyWallet),
  next_cursor: z.string().nullable(),
});
// line 104 statuses 201
export const postAdminEcnyWallets = postMeEcnyWallet;
// line 121 statuses 200
export const postAdminEcnyWalletsByIdByAction = postMeEcnyWallet;
// line 135 statuses 201
export const postAdminEcnyWalletsByIdExchanges = postMeEcnyExchanges;
// line 150 statuses 200
export const getAdminEcnyExchanges = getMeEcnyExchanges;
// line 160 statuses 200
export const postCallbacksEcnyOperatorByOperatorId = z.object({
  msg_tp: z.string(),
  ref_msg_id: z.string(),
  result: z.string(),
});
// GET /admin/ecny/reconciliation
const ReconTotals = z.object({ count: z.number().int(), amount_fen: z.number().int() });
export const getAdminEcnyReconciliation = z.object({
  bill_date: z.string(),
  matched: z.boolean(),
  operators: z.array(
    z.object({
      operator_id: z.string(),
      batch_id: z.string(),
      matched: z.boolean(),
      lines: z.array(
        z.object({
          msg_tp: z.string(),
          status: z.enum(['SUCCESS', 'FAILED']),
          operator: ReconTotals,
          platform: ReconTotals,
          matched: z.boolean(),
        }),
      ),
      net: z.object({ operator_fen: z.number().int(), platform_fen: z.number().int(), matched: z.boolean() }),
    }),
  ),
});
// GET /admin/ecny/wallets/:id/interest
export const getAdminEcnyWalletsByIdInterest = z.object({
  rate_bp: z.number().int(),
  accruals: z.array(
    z.object({
      day: z.string(),
      closing_balance_fen: z.number().int(),
      wallet_level: z.string(),
      rate_bp: z.number().int(),
      product_fen_days: z.number().int(),
    }),
  ),
  payments: z.array(
    z.object({
      id: z.string(),
      quarter: z.string(),
      payment_date: z.string(),
      period_from: z.string(),
      period_to: z.string(),
      product_fen_days: z.number().int(),
      amount_fen: z.number().int(),
      status: z.enum(['processing', 'paid', 'failed', 'nothing_due', 'held']),
      exchange_id: z.string().nullable(),
      created_at: z.string().nullable(),
      completed_at: z.string().nullable(),
    }),
  ),
});
// Sub-wallets (子钱包)
const SubWallet = z.object({
  id: z.string(),
  parent_id: z.string(),
  merchant_id: z.string(),
  name: z.string(),
  operator_id: z.string(),
  wallet_id_masked: z.string(),
  balance_cap_fen: z.number().int(),
  per_payment_fen: z.number().int(),
  balance_fen: z.number().int(),
  incoming_fen: z.number().int(),
  status: z.enum(['open', 'closing', 'closed']),
  created_at: z.string().nullable(),
  closed_at: z.string().nullable(),
});
const SubWalletMove = z.object({
  id: z.string(),
  sub_wallet_id: z.string(),
  kind: z.enum(['fund', 'pay', 'close']),
  merchant_id: z.string().nullable(),
  amount_fen: z.number().int(),
  status: z.enum(['processing', 'succeeded', 'failed']),
  error_code: z.string().nullable(),
  created_at: z.string().nullable(),
  completed_at: z.string().nullable(),
});
const SubWalletMoveResult = z.object({ move: SubWalletMove, sub_wallet: SubWallet });
// GET /me/ecny/sub-wallets
export const getMeEcnySubWallets = z.object({ items: z.array(SubWallet) });
// POST /me/ecny/sub-wallets
export const postMeEcnySubWallets = SubWallet;
// POST /me/ecny/sub-wallets/:id/fund
export const postMeEcnySubWalletsByIdFund = SubWalletMoveResult;
// POST /me/ecny/sub-wallets/:id/payments
export const postMeEcnySubWalletsByIdPayments = SubWalletMoveResult;
// POST /me/ecny/sub-wallets/:id/close
export const postMeEcnySubWalletsByIdClose = SubWalletMoveResult;
// GET /me/ecny/sub-wallets/:id/moves
export const getMeEcnySubWalletsByIdMoves = z.object({ items: z.array(SubWalletMove) });
// GET /admin/ecny/sub-wallets
export const getAdminEcnySubWallets = z.object({
  items: z.array(SubWallet),
  next_cursor: z.string().nullable(),
});
