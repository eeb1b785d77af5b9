import { createHmac, timingSafeEqual } from 'node:crypto';

// The issuer side of the card cryptography (the card back end and the chips hold the same formulas,
// mocks/src/hard-wallet/chip.ts; real SEs use SM4 and non-public APDUs). Per-card keys are
// diversified from the issuer master key by card number and key version; terminal keys likewise by
// terminal number — so neither is ever stored.

export function cardKey(masterKey: string, cardNo: string, keyVersion: number): Buffer {
  return createHmac('sha256', masterKey).update(`card:${cardNo}:${keyVersion}`).digest();
}

export function terminalKey(masterKey: string, terminalNo: string): string {
  return createHmac('sha256', masterKey).update(`terminal:${terminalNo}`).digest('hex');
}

const mac = (key: Buffer, ...fields: (string | number)[]) =>
  createHmac('sha256', key).update(fields.join('|')).digest('hex').slice(0, 16).toUpperCase();

export function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(String(a));
  const y = Buffer.from(String(b));
  return x.length === y.length && timingSafeEqual(x, y);
}

export type CardInit = {
  card_no: string;
  online_counter: number;
  offline_counter: number;
  balance_fen: number;
  amount_fen: number;
  random: string;
  mac1: string;
};

export const mac1 = (key: Buffer, c: CardInit) =>
  mac(key, 'MAC1', c.card_no, c.online_counter, c.balance_fen, c.amount_fen, c.random);

export const mac2 = (
  key: Buffer,
  c: { card_no: string; online_counter: number; amount_fen: number; random: string; direction: string },
) => mac(key, 'MAC2', c.card_no, c.online_counter, c.amount_fen, c.random, c.direction);

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

export type OfflineRecordIn = {
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

export const offlineTac = (key: Buffer, r: Omit<OfflineRecordIn, 'tac'>) =>
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

export const terminalSignature = (key: string, ts: string, body: string) =>
  createHmac('sha256', key).update(`${ts}.${body}`).digest('hex');
