import type { Sql } from '../../db/sql';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { maskName } from '../../masking/mask';
import { notFound, refused } from '../../shared/domain-error';
import { toRfc3339 } from '../../shared/time';
import type { Actor } from '../audit';
import { cardById } from './cards';
import { num, type HwDeps } from './deps';
import { locationById } from './distributions';
import { getOrder, insertCardOrder, orderDto, type CardOrderRow, type Funding } from './loads';

// Counter loads (柜面圈存): an officer at a bank branch loads a holder's card from cash taken at the
// counter or from the holder's deposit account, not from a soft wallet. The load is a card order of
// the one bank-order lifecycle (purpose card_load, channel hard_wallet) with the same handshake as
// every load (INITIALIZE → MAC1 → MAC2 → TAC), so a lost answer is resolved by the card's counter on
// its next read. The ledger: hw_counter_cash:<branch> (cash) or hw_holder_deposits (deposit) →
// hw_load_pending → hw_card:<card>. The receipt is what the holder is handed.

export type CounterLoadInput = {
  card_id: string;
  amount_fen: number;
  funding: Funding;
  location_id: string;
  deposit_account?: string;
};

/** The deposit account must be the card holder's own (asked of the bank before anything is written). */
async function checkDepositAccount(deps: HwDeps, holderUserId: string | null, account?: string) {
  if (!account) throw refused('DEPOSIT_ACCOUNT_NOT_HOLDERS', '从存款账户圈存须填写持卡人本人的存款账户');
  if (!holderUserId) throw refused('DEPOSIT_ACCOUNT_NOT_HOLDERS', '不记名卡只能用现金圈存');
  const a = await deps.client.depositAccount(account);
  if (!a || a.owner_user_id !== holderUserId)
    throw refused('DEPOSIT_ACCOUNT_NOT_HOLDERS', '该存款账户不属于持卡人本人');
}

export async function requestCounterLoad(
  deps: HwDeps,
  actor: Actor,
  input: CounterLoadInput,
  ticket?: IdempotencyTicket | null,
) {
  const first = await cardById(deps.db, input.card_id);
  if (input.funding === 'deposit')
    await checkDepositAccount(deps, first.holder_user_id, input.deposit_account);
  const now = deps.clock.now();
  const id = await deps.db.tx(async (sql) => {
    const branch = await locationById(sql, input.location_id);
    if (branch.kind !== 'branch') throw refused('COUNTER_LOAD_NOT_AT_BRANCH', '柜面圈存只能在银行网点办理');
    const card = await cardById(sql, input.card_id, true);
    if (card.holder_user_id !== first.holder_user_id)
      throw refused('CARD_STATE_INVALID', '卡片持卡人刚刚变更');
    if (card.status !== 'bound' && card.status !== 'issued')
      throw refused('CARD_NOT_USABLE', '该卡当前不可圈存（已挂失、冻结或注销）');
    const orderId = await insertCardOrder(
      deps,
      sql,
      actor,
      {
        card,
        direction: 'counter_load',
        amount_fen: input.amount_fen,
        user_id: card.holder_user_id,
        counter: {
          funding: input.funding,
          location_id: branch.id,
          deposit_account: input.funding === 'deposit' ? input.deposit_account! : null,
        },
      },
      now,
    );
    // A replay answers the order as created: the officer follows it by id (and prints its receipt).
    if (ticket) await ticket.record(sql, await getOrderIn(sql, orderId), now);
    return orderId;
  });
  await deps.orders.attempt(id);
  return getOrder(deps, id);
}

async function getOrderIn(sql: Sql, id: string) {
  const o = (await sql.query<CardOrderRow>('SELECT * FROM hw_orders WHERE id = ?', [id]))[0];
  return orderDto(o);
}

const FUNDING_LABEL: Record<Funding, string> = { cash: '现金', deposit: '存款账户' };
const STATUS_LABEL: Record<string, string> = {
  pending: '处理中',
  in_flight: '处理中（结果待确认）',
  succeeded: '圈存成功',
  failed: '圈存失败，款项未扣',
  cancelled: '已取消，款项未扣',
};

const maskAccount = (a: string) => (a.length <= 8 ? '****' : `${a.slice(0, 4)}****${a.slice(-4)}`);

/** The receipt handed to the holder (names, not ids; holder and account masked). */
export async function counterLoadReceipt(deps: HwDeps, id: string) {
  const o = (await deps.db.query<CardOrderRow>('SELECT * FROM hw_orders WHERE id = ?', [id]))[0];
  if (!o || o.direction !== 'counter_load') throw notFound('柜面圈存');
  const card = await cardById(deps.db, o.card_id);
  const branch = await locationById(deps.db, o.location_id!);
  const officer = await deps.db.query<{ display_name: string }>(
    'SELECT display_name FROM admin_users WHERE id = ?',
    [o.created_by],
  );
  const funding = o.funding ?? 'cash';
  return {
    order_id: o.id,
    title: '数字人民币硬钱包柜面圈存回单',
    branch_name: branch.name,
    operator_name: officer[0]?.display_name ?? o.created_by,
    card_no: card.card_no,
    holder_name: card.holder_name ? maskName(card.holder_name) : '不记名',
    funding,
    funding_label: FUNDING_LABEL[funding],
    deposit_account_masked: o.deposit_account ? maskAccount(o.deposit_account) : null,
    amount_fen: num(o.amount_fen),
    status: o.status,
    status_label: STATUS_LABEL[o.status] ?? o.status,
    balance_after_fen: o.result_balance_fen === null ? null : num(o.result_balance_fen),
    tac: o.status === 'succeeded' ? o.tac : null,
    created_at: toRfc3339(o.created_at)!,
    completed_at: o.status === 'succeeded' ? toRfc3339(o.updated_at) : null,
  };
}
