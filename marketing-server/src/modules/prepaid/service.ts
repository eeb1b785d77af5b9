import type { EscrowClient } from '../../connectors/escrow/client';
import type { Db } from '../../db/sql';
import type { IdempotencyTicket } from '../../idempotency/ticket';
import { refused } from '../../shared/domain-error';
import type { Logger } from '../../shared/logger';
import type { Clock } from '../../shared/time';
import type { Actor } from '../audit';
import type { PaymentService } from '../bank-orders';
import type { CashierService } from '../cashier';
import type { WalletService } from '../wallet';
import * as contracts from './contracts';
import type { PrepaidDeps } from './deps';
import { createEscrowChannel, createEscrowPurpose, findInstruction } from './escrow-orders';
import * as lockRefunds from './lock-refunds';
import * as merchants from './merchants';
import * as refunds from './refunds';
import * as regulator from './regulator';
import * as writeoffs from './writeoffs';

// Prepaid-funds supervision on e-CNY smart contracts (issue 17). The functions live in their files
// (merchants, contracts, writeoffs, refunds, regulator, escrow-orders) and take one deps object; this
// wires them to the bank-order lifecycle (purpose 'prepaid', channel 'escrow') and the cashier (the
// escrow's collection merchant's orders are e-CNY only and locked in their paid transaction).

/** The lifecycle's purpose and channel, and the cashier's owner of the escrow's collection orders. */
function wire(d: PrepaidDeps) {
  d.orders.register(
    'prepaid',
    createEscrowPurpose({
      logger: d.logger,
      escrowMerchantId: d.escrowMerchantId,
      onLockRefused: (contractId) => lockRefunds.refundRefusedLock(d, contractId),
    }),
  );
  d.orders.registerChannel('escrow', createEscrowChannel(d.db, d.escrow));
  d.cashier.registerOrderOwner({
    owns: (o) => o.merchant_id === d.escrowMerchantId,
    channels: ['ecny'],
    onPaid: (sql, order, now) => contracts.onOrderPaid(d, sql, order, now),
    onRefundSettled: lockRefunds.onLockRefundSettled,
  });
}

export function createPrepaidService(x: {
  db: Db;
  clock: Clock;
  logger: Logger;
  orders: PaymentService;
  cashier: CashierService;
  wallet: WalletService;
  escrow: EscrowClient;
}) {
  const d: PrepaidDeps = { ...x, escrowMerchantId: merchants.ESCROW_MERCHANT_ID };
  wire(d);
  return {
    ensureReferenceData: () => merchants.ensureReferenceData(x.db, x.clock.now()),
    rules: () => merchants.listRules(x.db),
    apply: (actor: Actor, merchantId: string, a: merchants.Application) =>
      merchants.apply(d, actor, merchantId, a),
    review: (actor: Actor, merchantId: string, r: { approve: boolean; comment: string }) =>
      merchants.review(d, actor, merchantId, r),
    merchants: (f: { status?: string }) => merchants.listMerchants(x.db, f),
    myMerchant: (merchantId: string) => merchants.merchantOfOperator(x.db, merchantId),
    createProduct: (actor: Actor, merchantId: string, p: merchants.NewProduct) =>
      merchants.createProduct(d, actor, merchantId, p),
    products: (f: { merchant_id?: string; on_sale?: boolean }) => merchants.listProducts(x.db, f),
    buy: (userId: string, productId: string, ticket: IdempotencyTicket) =>
      contracts.buy(d, userId, productId, ticket),
    pay: (userId: string, contractId: string, ticket: IdempotencyTicket) =>
      contracts.pay(d, userId, contractId, ticket),
    contract: (id: string, who: { userId?: string; merchantId?: string }) =>
      contracts.contractOf(d, id, who.userId, who.merchantId),
    contractDetail: async (id: string, who: { userId?: string; merchantId?: string }) => ({
      contract: await contracts.contractOf(d, id, who.userId, who.merchantId),
      write_offs: await writeoffs.listWriteOffs(d, id),
      instructions: await instructionsOf(d, id),
    }),
    contracts: (f: { user_id?: string; merchant_id?: string; status?: string; limit: number }) =>
      contracts.listContracts(d, f),
    writeOff: (actor: Actor, merchantId: string, contractId: string, w: { seq: number; units: number }) =>
      writeoffs.writeOff(d, actor, merchantId, contractId, w),
    confirm: (userId: string, contractId: string, writeOffId: string) =>
      writeoffs.confirm(d, { userId }, contractId, writeOffId),
    reject: (userId: string, contractId: string, writeOffId: string, reason: string) =>
      writeoffs.reject(d, userId, contractId, writeOffId, reason),
    quote: (userId: string, contractId: string) => refunds.quote(d, userId, contractId),
    refund: (userId: string, contractId: string, r: { expected_refund_fen: number; cooling_off?: boolean }) =>
      refunds.requestRefund(d, userId, contractId, r),
    overview: () => regulator.overview(d),
    freezes: () => regulator.listFreezes(d),
    propose: (actor: Actor, p: Parameters<typeof regulator.propose>[2]) => regulator.propose(d, actor, p),
    decide: (actor: Actor, id: string, approve: boolean) => regulator.decide(d, actor, id, approve),
    verifyChain: () => regulator.verifyChain(d),
    receiveNotice: (raw: string, signature: string | undefined) => receiveNotice(d, raw, signature),
    /**
     * One pass of every timer: auto-confirm, membership accrual, proposals a crash left half applied,
     * escrow freezes, frozen refunds, and refused locks not yet refunded.
     */
    async sweep() {
      const confirmed = await writeoffs.autoConfirmDue(d);
      const accrued = await writeoffs.accrueMemberships(d);
      const resumed = await regulator.resumeProposals(d);
      const synced = await refunds.syncEscrowFreezes(d);
      const refunded = await refunds.refundFrozenDue(d);
      const lockRefunded = await lockRefunds.refundRefusedLocks(d);
      return { confirmed, accrued, resumed, synced, refunded, lock_refunded: lockRefunded };
    },
    deps: d,
  };
}

async function instructionsOf(d: PrepaidDeps, contractId: string) {
  const rows = await d.db.query<{ id: string }>(
    'SELECT id FROM prepaid_instructions WHERE contract_id = ? ORDER BY created_at, id',
    [contractId],
  );
  const out = [];
  for (const r of rows) {
    const i = (await findInstruction(d.db, r.id))!;
    out.push({
      id: i.id,
      type: i.type,
      amount_fen: i.amount_fen,
      status: i.status,
      reason: i.reason,
      error_code: i.error_code,
      created_at: new Date(i.created_at).toISOString(),
      completed_at: i.completed_at ? new Date(i.completed_at).toISOString() : null,
    });
  }
  return out;
}

/**
 * A signed notification from the escrow: applied through the lifecycle like a bank callback (the
 * order's own amount must match; a duplicate moves nothing). Unsigned or forged: refused.
 */
async function receiveNotice(d: PrepaidDeps, raw: string, signature: string | undefined) {
  if (!d.escrow.verifyNotice(raw, signature)) throw refused('NOTIFY_SIGNATURE_INVALID', '通知签名无效');
  const n = JSON.parse(raw) as {
    instruction_id?: string;
    status?: 'SUCCESS' | 'FAILED';
    amount_fen?: number;
    error_code?: string | null;
    completed_at?: string;
  };
  const ins = n.instruction_id ? await findInstruction(d.db, n.instruction_id) : null;
  if (!ins) return { applied: false };
  // Already final as the notice says (our call's answer, or the same notice, came first): nothing to
  // move, so the lifecycle is spared the round trips. Anything else (a contradiction) goes through it.
  const final = n.status === 'SUCCESS' ? 'succeeded' : n.status === 'FAILED' ? 'failed' : null;
  if (ins.status === final && n.amount_fen === ins.amount_fen) return { applied: false };
  const applied = await d.orders.applyCallback({
    out_trade_no: n.instruction_id,
    status: n.status,
    amount_fen: n.amount_fen,
    trade_no: `${n.instruction_id}#notice`,
    error_code: n.error_code ?? undefined,
    error_message: n.error_code ?? undefined,
    completed_at: n.completed_at,
  });
  return { applied };
}

export type PrepaidService = ReturnType<typeof createPrepaidService>;
