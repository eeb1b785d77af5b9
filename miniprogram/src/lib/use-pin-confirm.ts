import { useState } from 'react';
import { api } from '../api';
import { ApiError } from '../api/errors';
import type { ResponseOf } from '../api/types';
import { formatYuan } from './money';

type Stage = 'set1' | 'set2' | 'enter';
type PinStatus = ResponseOf<'getMePaymentPin'>;
type Verified = ResponseOf<'postMePaymentPinVerify', 201>;
export type PinPurpose = Verified['purpose'];

const WHAT: Record<PinPurpose, string> = { topup: '充值', parking: '停车缴费', cashier: '付款' };

const errText = (err: unknown) => (err instanceof ApiError ? err.message : '系统开小差了，请稍后再试');

/** Refusals that keep the sheet open: the citizen types again (or reads until when it is locked). */
const PIN_CODES = ['PIN_INCORRECT', 'PIN_LOCKED', 'PIN_TOO_SIMPLE'];

/**
 * The payment-PIN step before paying from the wallet. A top-up always asks: a citizen without a PIN
 * sets one (typed twice) and it is used at once; one with a PIN types it. A payment (parking, the
 * cashier) asks only above the server's password-free limit and only once a PIN is set (as the server
 * requires); otherwise `pay` runs at once without a token. A token is single use, for exactly this
 * purpose and amount.
 */
export function usePinConfirm(
  purpose: PinPurpose,
  pay: (paymentToken: string | undefined) => Promise<void>,
  onFail: (msg: string) => void,
) {
  const [stage, setStage] = useState<Stage | null>(null);
  const [amount, setAmount] = useState(0);
  const [first, setFirst] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const again = (msg: string | null, next: Stage) => {
    setError(msg);
    setStage(next);
    setResetKey((k) => k + 1);
  };

  async function open(amount_fen: number) {
    setAmount(amount_fen);
    setError(null);
    let s: PinStatus;
    try {
      s = await api.get<PinStatus>('/me/payment-pin');
    } catch (err) {
      // A payment need not wait on this read: the server refuses PAYMENT_TOKEN_REQUIRED if a PIN was due.
      if (purpose !== 'topup') return pay(undefined);
      return onFail(errText(err));
    }
    try {
      if (purpose !== 'topup' && (!s.set || amount_fen <= s.pin_free_limit_fen)) return await pay(undefined);
      if (s.locked_until) return onFail(`支付密码已锁定，请于 ${s.locked_until.slice(11, 16)} 后再试`);
      setStage(s.set ? 'enter' : 'set1');
      setResetKey((k) => k + 1);
    } catch (err) {
      onFail(errText(err));
    }
  }

  async function verifyAndPay(pin: string) {
    setBusy(true);
    try {
      const v = await api.post<Verified>(
        '/me/payment-pin/verify',
        { pin, purpose, amount_fen: amount },
        { attempts: 1 },
      );
      setStage(null);
      await pay(v.payment_token);
    } catch (err) {
      if (err instanceof ApiError && PIN_CODES.includes(err.code)) again(err.message, 'enter');
      else {
        setStage(null);
        onFail(errText(err));
      }
    } finally {
      setBusy(false);
    }
  }

  async function setNewPin(pin: string) {
    if (pin !== first) return again('两次输入的支付密码不一致，请重新设置', 'set1');
    setBusy(true);
    try {
      await api.post('/me/payment-pin', { pin }, { attempts: 1 });
    } catch (err) {
      setBusy(false);
      return again(errText(err), 'set1');
    }
    await verifyAndPay(pin);
  }

  function complete(pin: string) {
    if (stage === 'set1') {
      setFirst(pin);
      return again(null, 'set2');
    }
    void (stage === 'set2' ? setNewPin(pin) : verifyAndPay(pin));
  }

  const titles: Record<Stage, string> = {
    set1: '设置支付密码',
    set2: '再次输入支付密码',
    enter: '请输入支付密码',
  };
  return {
    open,
    sheet: stage && {
      title: titles[stage],
      amount: `${WHAT[purpose]} ${formatYuan(amount)}`,
      subtitle:
        stage === 'enter'
          ? purpose === 'topup'
            ? undefined
            : '单笔超过小额免密额度，需输入支付密码'
          : '充值等支付需输入 6 位支付密码，请勿使用相同或连续的数字',
      error,
      busy,
      resetKey,
      onComplete: complete,
      onCancel: () => setStage(null),
    },
  };
}
