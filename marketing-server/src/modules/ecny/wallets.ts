import { BankRefusal } from '../../connectors/bank-wallet/client';
import type { CoreBankingClient } from '../../connectors/core-banking/client';
import type { EcnyOperatorClient } from '../../connectors/ecny-operator/client';
import { isDuplicateKeyError, type Db } from '../../db/sql';
import { maskWalletId } from '../../masking/mask';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import { toRfc3339, type Clock } from '../../shared/time';
import { recordAudit, type Actor } from '../audit';
import { tierFor, tierLimits, type TierTable } from './limits';

// The institution's customers' wallets: personal ones opened at the tier what was verified allows,
// corporate ones opened by an officer, the 433 link to a deposit account, freeze/unfreeze/close.

export type WalletDeps = {
  db: Db;
  clock: Clock;
  core: CoreBankingClient;
  tiers: TierTable;
  operators: EcnyOperatorClient[];
  operator(id: string): EcnyOperatorClient;
};

export type WalletRow = {
  id: string;
  kind: 'personal' | 'corporate';
  user_id: string | null;
  name: string;
  operator_id: string;
  wallet_id: string;
  wallet_type: string;
  wallet_level: string;
  status: 'normal' | 'frozen' | 'closed';
  account_no: string | null;
  protocol_no: string | null;
  linked_at: Date | string | null;
  created_at: Date | string;
};

export type PersonalInput = { phone?: string; account_no?: string; operator_id?: string };
export type CorporateInput = { name: string; account_no: string; operator_id?: string };
export type WalletAction = 'freeze' | 'unfreeze' | 'close';

export const maskAccount = (no: string | null) => (no ? `${no.slice(0, 4)}****${no.slice(-4)}` : null);

export function walletDto(w: WalletRow) {
  return {
    id: w.id,
    kind: w.kind,
    // Personal wallets carry no name of their holder here (the operator holds the real name).
    name: w.name,
    operator_id: w.operator_id,
    wallet_id_masked: maskWalletId(w.wallet_id),
    wallet_type: w.wallet_type,
    wallet_level: w.wallet_level,
    status: w.status,
    account_no_masked: maskAccount(w.account_no),
    linked: !!w.protocol_no,
    linked_at: toRfc3339(w.linked_at),
    created_at: toRfc3339(w.created_at),
  };
}

export const operatorRefusal = (err: unknown) => {
  if (err instanceof BankRefusal)
    throw refused('ECNY_OPERATOR_REFUSED', `运营机构拒绝：${err.message}`, { operator_code: err.bankCode });
  throw err;
};

export async function walletOf(d: Pick<WalletDeps, 'db'>, userId: string): Promise<WalletRow | null> {
  return (await d.db.query<WalletRow>('SELECT * FROM ecny_wallets WHERE user_id = ?', [userId]))[0] ?? null;
}
export async function walletById(d: WalletDeps, id: string): Promise<WalletRow> {
  const w = (await d.db.query<WalletRow>('SELECT * FROM ecny_wallets WHERE id = ?', [id]))[0];
  if (!w) throw notFound('钱包');
  return w;
}

/** The deposit account must exist at the core, be usable and (for a citizen) be their own. */
async function verifiedAccount(d: WalletDeps, accountNo: string, holderId: string | null) {
  const a = await d.core.getAccount(accountNo);
  if (!a || (holderId !== null && a.holder_id !== holderId))
    throw refused('ECNY_ACCOUNT_NOT_OWN', '该银行账户不存在或不属于您');
  if (a.status !== 'normal') throw refused('ECNY_ACCOUNT_NOT_USABLE', '该银行账户已冻结或销户');
  return a;
}

async function insertWallet(
  d: WalletDeps,
  row: Omit<WalletRow, 'created_at' | 'linked_at'>,
  actorId: string,
) {
  const now = d.clock.now();
  await d.db.exec(
    `INSERT INTO ecny_wallets (id, kind, user_id, name, operator_id, wallet_id, wallet_type, wallet_level, status,
       account_no, protocol_no, linked_at, created_by, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
    [
      row.id,
      row.kind,
      row.user_id,
      row.name,
      row.operator_id,
      row.wallet_id,
      row.wallet_type,
      row.wallet_level,
      row.status,
      null,
      null,
      null,
      actorId,
      now,
      now,
    ],
  );
}

/** 433: signs the link of a wallet to a deposit account at its operator and records the agreement. */
async function linkRow(d: WalletDeps, w: WalletRow, accountNo: string) {
  if (w.status !== 'normal') throw refused('ECNY_WALLET_NOT_USABLE', '钱包已冻结或注销');
  const signed = await d.operator(w.operator_id).linkAccount(w.wallet_id, accountNo).catch(operatorRefusal);
  const now = d.clock.now();
  await d.db.exec(
    'UPDATE ecny_wallets SET account_no = ?, protocol_no = ?, linked_at = ?, updated_at = ? WHERE id = ?',
    [accountNo, signed.protocol_no, now, now, w.id],
  );
  return walletById(d, w.id);
}

/** Opens a citizen's personal wallet at the tier what was verified allows (limits.ts). */
export async function openPersonal(d: WalletDeps, userId: string, input: PersonalInput) {
  if (await walletOf(d, userId)) throw refused('ECNY_WALLET_EXISTS', '您已在本行开立数字人民币钱包');
  const user = (
    await d.db.query<{ phone: string | null; real_name: number }>(
      'SELECT u.phone, (SELECT COUNT(*) FROM identity_holders h WHERE h.user_id = u.id) AS real_name FROM users u WHERE u.id = ?',
      [userId],
    )
  )[0];
  if (!user) throw notFound('用户');
  const realName = Number(user.real_name) > 0;
  if (!realName && !input.phone && !user.phone)
    throw refused('ECNY_PHONE_REQUIRED', '开立四类钱包需要手机号');
  if (input.account_no) await verifiedAccount(d, input.account_no, userId);
  const level = tierFor({ realName, ownAccount: !!input.account_no });
  const op = d.operator(input.operator_id ?? d.operators[0].id);
  const opened = await op
    .openWallet({ wallet_type: 'WT01', wallet_level: level, name: '个人钱包', holder_id: userId })
    .catch(operatorRefusal);
  const id = newId('ew');
  try {
    await insertWallet(
      d,
      {
        id,
        kind: 'personal',
        user_id: userId,
        name: '个人钱包',
        operator_id: op.id,
        wallet_id: opened.wallet_id,
        wallet_type: 'WT01',
        wallet_level: level,
        status: 'normal',
        account_no: null,
        protocol_no: null,
      },
      userId,
    );
  } catch (err) {
    if (isDuplicateKeyError(err)) throw refused('ECNY_WALLET_EXISTS', '您已在本行开立数字人民币钱包');
    throw err;
  }
  const w = await walletById(d, id);
  return input.account_no ? linkRow(d, w, input.account_no) : w;
}

/** An officer opens a corporate wallet (WT09) for a business customer, linked to its account. */
export async function openCorporate(d: WalletDeps, actor: Actor, input: CorporateInput) {
  await verifiedAccount(d, input.account_no, null);
  const op = d.operator(input.operator_id ?? d.operators[0].id);
  const opened = await op
    .openWallet({
      wallet_type: 'WT09',
      wallet_level: 'WL01',
      name: input.name,
      holder_id: input.account_no,
    })
    .catch(operatorRefusal);
  const id = newId('ew');
  await insertWallet(
    d,
    {
      id,
      kind: 'corporate',
      user_id: null,
      name: input.name,
      operator_id: op.id,
      wallet_id: opened.wallet_id,
      wallet_type: 'WT09',
      wallet_level: 'WL01',
      status: 'normal',
      account_no: null,
      protocol_no: null,
    },
    actor.id,
  );
  await audit(d, actor, 'ecny_wallet.open', id, { kind: { from: null, to: 'corporate' } });
  return linkRow(d, await walletById(d, id), input.account_no);
}

async function audit(
  d: WalletDeps,
  actor: Actor,
  action: string,
  id: string,
  changes: Record<string, unknown>,
  comment?: string,
) {
  await d.db.tx((sql) =>
    recordAudit(
      sql,
      { actor, action, entity_type: 'ecny_wallet', entity_id: id, changes, comment },
      d.clock.now(),
    ),
  );
}

export async function linkMine(d: WalletDeps, userId: string, accountNo: string) {
  const w = await walletOf(d, userId);
  if (!w) throw notFound('钱包');
  await verifiedAccount(d, accountNo, userId);
  return linkRow(d, w, accountNo);
}

/** Freeze, unfreeze or close (closing needs a zero balance: 兑回 first). */
export async function setStatus(
  d: WalletDeps,
  actor: Actor,
  id: string,
  action: WalletAction,
  comment?: string,
) {
  const w = await walletById(d, id);
  const to = { freeze: 'frozen', unfreeze: 'normal', close: 'closed' }[action];
  if (w.status === 'closed') throw refused('ECNY_WALLET_CLOSED', '钱包已注销');
  const after = await d.operator(w.operator_id).setWalletStatus(w.wallet_id, action).catch(operatorRefusal);
  await d.db.exec('UPDATE ecny_wallets SET status = ?, updated_at = ? WHERE id = ?', [
    after.status,
    d.clock.now(),
    id,
  ]);
  await audit(d, actor, `ecny_wallet.${action}`, id, { status: { from: w.status, to } }, comment);
  return walletById(d, id);
}

/** The citizen's wallet with its live balance and tier limits at the operator. */
export async function myWallet(d: WalletDeps, userId: string) {
  const w = await walletOf(d, userId);
  if (!w) return { opened: false as const };
  const live = await d.operator(w.operator_id).queryWallet(w.wallet_id);
  return {
    opened: true as const,
    ...walletDto(w),
    balance_fen: live.balance_fen,
    limits: tierLimits(d.tiers, w.operator_id, w.wallet_level),
  };
}

export async function listWallets(d: WalletDeps, f: { kind?: string; cursor?: string; limit: number }) {
  const where: string[] = [];
  const params: unknown[] = [];
  if (f.kind) {
    where.push('kind = ?');
    params.push(f.kind);
  }
  if (f.cursor) {
    where.push('id < ?');
    params.push(f.cursor);
  }
  const rows = await d.db.query<WalletRow>(
    `SELECT * FROM ecny_wallets ${where.length ? 'WHERE ' + where.join(' AND ') : ''} ORDER BY id DESC LIMIT ?`,
    [...params, f.limit + 1],
  );
  const page = rows.slice(0, f.limit);
  return {
    items: page.map(walletDto),
    next_cursor: rows.length > f.limit ? page[page.length - 1].id : null,
  };
}

export function createWallets(deps: WalletDeps) {
  return {
    walletOf: (userId: string) => walletOf(deps, userId),
    walletById: (id: string) => walletById(deps, id),
    openPersonal: (userId: string, input: PersonalInput) => openPersonal(deps, userId, input),
    openCorporate: (actor: Actor, input: CorporateInput) => openCorporate(deps, actor, input),
    linkMine: (userId: string, accountNo: string) => linkMine(deps, userId, accountNo),
    setStatus: (actor: Actor, id: string, action: WalletAction, comment?: string) =>
      setStatus(deps, actor, id, action, comment),
    myWallet: (userId: string) => myWallet(deps, userId),
    listWallets: (f: { kind?: string; cursor?: string; limit: number }) => listWallets(deps, f),
  };
}

export type Wallets = ReturnType<typeof createWallets>;
