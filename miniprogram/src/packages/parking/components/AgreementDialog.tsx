import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import { displayPlate } from '../../../lib/parking';

/**
 * 《无感支付服务协议》: what the driver agrees to before the platform may charge their wallet at the
 * exit barrier without asking. Nothing is signed until they tick the box and confirm.
 */
export function AgreementDialog({
  plate,
  busy,
  error,
  onAccept,
  onCancel,
  onBindWallet,
}: {
  plate: string;
  busy: boolean;
  error: { code: string; message: string } | null;
  onAccept: () => void;
  onCancel: () => void;
  onBindWallet: () => void;
}) {
  const [agreed, setAgreed] = useState(false);
  const accept = () => {
    if (agreed && !busy) onAccept(); // Taro's H5 button still fires onClick when disabled
  };
  return (
    <View className="dialog-mask agreement" role="dialog" aria-label="无感支付服务协议">
      <View className="dialog">
        <Text className="dialog__title">开通无感支付</Text>
        <Text className="dialog__text">车牌 {displayPlate(plate)} 开通后：</Text>
        <Text className="dialog__text">
          1. 车辆驶出合作停车场时，停车费自动从您绑定的数字人民币钱包扣缴，道闸自动抬起，无需扫码。
        </Text>
        <Text className="dialog__text">2. 扣费前自动使用您可用于该停车场的最优惠的一张优惠券。</Text>
        <Text className="dialog__text">
          3. 钱包余额不足、超出钱包限额或网络异常时不会扣费，请在出口扫码或在“停车缴费”中手动缴费。
        </Text>
        <Text className="dialog__text">4. 您可以随时在“我的车牌”中关闭无感支付，关闭后立即生效。</Text>
        <View role="button" className="agreement-check" onClick={() => setAgreed((a) => !a)}>
          <View className={`check-box ${agreed ? 'check-box--on' : ''} agreement-accept`} />
          <Text>我已阅读并同意《无感支付服务协议》</Text>
        </View>
        {error ? <Text className="form-error agreement-error">{error.message}</Text> : null}
        {error?.code === 'WALLET_NOT_BOUND' ? (
          <Text role="button" className="link agreement-bind" onClick={onBindWallet}>
            去绑定钱包 ›
          </Text>
        ) : null}
        <View className="dialog__actions">
          <Button role="button" className="btn btn--ghost agreement-cancel" onClick={onCancel}>
            取消
          </Button>
          <Button
            role="button"
            className="btn btn--primary agreement-confirm"
            loading={busy}
            disabled={!agreed || busy || undefined}
            onClick={accept}
          >
            同意并开通
          </Button>
        </View>
      </View>
    </View>
  );
}
