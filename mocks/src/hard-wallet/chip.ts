import { createHmac, timingSafeEqual } from 'node:crypto';

// The card cryptography of the simulation, as the issuer and the card personalisation bureau agree
// on it (both hold the issuer master key in their KMS; the platform has its own copy of these
// formulas in connectors/hard-wallet/crypto.ts — the two must agree, which the tests check through
// real handshakes). Real e-CNY hard wallets use SM4/SM2 in a secure element with APDUs that are not
// public; this keeps the shape of the PBOC e-purse handshake (card random, counters, MAC1, MAC2,
// TAC) with HMAC-SHA256 per-card keys diversified from the master key by card number and key version.

export function cardKey(masterKey: string, cardNo: string, keyVersion: number): Buffer {
  return createHmac('sha256', masterKey).update(`card:${cardNo}:${keyVersion}`).digest();
}

export function terminalKey(masterKey: string, terminalNo: string): string {
  return createHmac('sha256', masterKey).update(`terminal:${terminalNo}`).digest('hex');
}

export const mac = (key: Buffer, ...fields: (string | number)[]) =>
  createHmac('sha256', key).update(fields.join('|')).digest('hex').slice(0, 16).toUpperCase();

export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
}

/** What the card answers to INITIALIZE FOR LOAD / UNLOAD. */
export const mac1 = (
  key: Buffer,
  c: { card_no: string; online_counter: number; balance_fen: number; amount_fen: number; random: string },
) => mac(key, 'MAC1', c.card_no, c.online_counter, c.balance_fen, c.amount_fen, c.random);

/** What the host sends with CREDIT FOR LOAD / DEBIT FOR UNLOAD (proves the host holds the key). */
export const mac2 = (
  key: Buffer,
  c: { card_no: string; online_counter: number; amount_fen: number; random: string; direction: string },
) => mac(key, 'MAC2', c.card_no, c.online_counter, c.amount_fen, c.random, c.direction);

/** The card's transaction authentication code for an online load/unload. */
export const onlineTac = (
  key: Buffer,
  c: {
    card_no: string;
    online_counter: number;
    amount_fen: number;
    balance_after_fen: number;
    direction: string;
  },
) => mac(key, 'TAC', c.card_no, c.online_counter, c.amount_fen, c.balance_after_fen, c.direction);

export type OfflineRecord = {
  card_no: string;
  offline_counter: number;
  online_counter: number;
  amount_fen: number;
  balance_before_fen: number;
  balance_after_fen: number;
  terminal_no: string;
  terminal_seq: number;
  occurred_at: string;
  tac: string;
};

/** The TAC of an offline spend: the card signs every field the platform will rely on. */
export const offlineTac = (key: Buffer, r: Omit<OfflineRecord, 'tac'>) =>
  mac(
    key,
    'OFF',
    r.card_no,
    r.offline_counter,
    r.online_counter,
    r.amount_fen,
    r.balance_before_fen,
    r.balance_after_fen,
    r.terminal_no,
    r.terminal_seq,
    r.occurred_at,
  );

/** The signature on a terminal's request: HMAC-SHA256 over `timestamp.body` with its (session) key. */
export const terminalSignature = (key: string, ts: string, body: string) =>
  createHmac('sha256', key).update(`${ts}.${body}`).digest('hex');
