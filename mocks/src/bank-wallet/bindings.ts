import { randomBytes, randomInt } from 'node:crypto';
import { BankError, type BankLedger } from './ledger';
import { maskCard, maskPhone, maskWalletId, type WalletLevel } from './limits';

// Binding a citizen by phone: request → the bank "texts" a 6-digit OTP (kept in `sent` so tests can
// read it) → confirm with the OTP → the phone's personal wallet (opened as WT01 if there is none) is
// bound to a bank card by a signed agreement.

export type SentOtp = { phone: string; binding_id: string; otp: string; sent_at: string };
type Binding = {
  binding_id: string;
  phone: string;
  card_no: string;
  wallet_level: WalletLevel;
  otp: string;
  expires_at: number;
  attempts: number;
  result?: ReturnType<typeof confirmResult>;
};

const MAX_ATTEMPTS = 5;

function confirmResult(ledger: BankLedger, walletId: string, opened: boolean) {
  const w = ledger.wallet(walletId);
  const card = w.card as NonNullable<typeof w.card>;
  return {
    wallet_id: w.wallet_id,
    wallet_id_masked: maskWalletId(w.wallet_id),
    wallet_opened: opened,
    bank_card: {
      card_no_masked: maskCard(card.card_no),
      agreement_no: card.agreement_no,
      status: card.status,
    },
  };
}

export function createBindings(ledger: BankLedger, now: () => Date, otpTtlMs: number) {
  const bindings = new Map<string, Binding>();
  const sent: SentOtp[] = [];

  function request(phone: string, cardNo: string | undefined, level: WalletLevel) {
    const b: Binding = {
      binding_id: 'BD' + randomBytes(8).toString('hex'),
      phone,
      card_no: cardNo ?? '621700' + Array.from({ length: 13 }, () => randomInt(10)).join(''),
      wallet_level: level,
      otp: String(randomInt(1_000_000)).padStart(6, '0'),
      expires_at: now().getTime() + otpTtlMs,
      attempts: 0,
    };
    bindings.set(b.binding_id, b);
    sent.push({ phone, binding_id: b.binding_id, otp: b.otp, sent_at: now().toISOString() });
    if (sent.length > 10_000) sent.splice(0, sent.length - 10_000);
    return {
      binding_id: b.binding_id,
      phone_masked: maskPhone(phone),
      otp_expires_at: new Date(b.expires_at).toISOString(),
    };
  }

  function confirm(bindingId: string, otp: string) {
    const b = bindings.get(bindingId);
    if (!b) throw new BankError('BINDING_NOT_FOUND', 404, 'binding not found');
    if (b.result) {
      if (otp !== b.otp) throw new BankError('OTP_INVALID', 422, 'wrong OTP');
      return b.result; // a retried confirm gets the same answer
    }
    if (b.attempts >= MAX_ATTEMPTS) throw new BankError('OTP_ATTEMPTS_EXCEEDED', 422, 'request a new OTP');
    if (now().getTime() > b.expires_at) throw new BankError('OTP_EXPIRED', 422, 'the OTP has expired');
    if (otp !== b.otp) {
      b.attempts += 1;
      throw new BankError('OTP_INVALID', 422, `wrong OTP, ${MAX_ATTEMPTS - b.attempts} attempts left`);
    }
    let w = ledger.personalWallet(b.phone);
    const opened = !w;
    if (w?.status === 'closed') throw new BankError('WALLET_CLOSED', 409, 'the wallet is closed');
    w ??= ledger.openWallet({ wallet_type: 'WT01', wallet_level: b.wallet_level, phone: b.phone });
    ledger.bindCard(w, b.card_no);
    b.result = confirmResult(ledger, w.wallet_id, opened);
    return b.result;
  }

  return { request, confirm, sent };
}
