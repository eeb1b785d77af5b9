import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';

const PIN_LENGTH = 6;
const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '', '0', 'del'];

/**
 * A bottom sheet asking for the 6-digit payment PIN on its own numeric keypad (as WeChat Pay does):
 * the digits show as dots, and the PIN goes to `onComplete` once the sixth is typed. `resetKey`
 * changes when the caller wants the dots cleared (a wrong PIN, the second entry of a new one).
 */
export function PinSheet(props: {
  title: string;
  /** What is being paid, e.g. 充值 ¥100.00. */
  amount: string;
  subtitle?: string;
  error: string | null;
  busy: boolean;
  resetKey: number;
  onComplete: (pin: string) => void;
  onCancel: () => void;
}) {
  const [digits, setDigits] = useState('');
  useEffect(() => setDigits(''), [props.resetKey]);

  function press(key: string) {
    if (props.busy || key === '') return;
    if (key === 'del') return setDigits((d) => d.slice(0, -1));
    if (digits.length >= PIN_LENGTH) return;
    const next = digits + key;
    setDigits(next);
    if (next.length === PIN_LENGTH) props.onComplete(next);
  }

  return (
    <View className="pin-mask">
      <View className="pin-sheet" role="dialog" aria-modal="true" aria-label={props.title}>
        <View className="pin-sheet__head">
          <Text role="button" aria-label="关闭" className="pin-sheet__close" onClick={props.onCancel}>
            ✕
          </Text>
          <Text role="heading" aria-level={2} className="pin-sheet__title">
            {props.title}
          </Text>
        </View>
        <Text className="pin-sheet__amount">{props.amount}</Text>
        {props.subtitle ? <Text className="pin-sheet__subtitle">{props.subtitle}</Text> : null}
        <View className="pin-dots" role="img" aria-label={`已输入 ${digits.length} 位，共 ${PIN_LENGTH} 位`}>
          {Array.from({ length: PIN_LENGTH }, (_, i) => (
            <View key={i} className={`pin-dot ${i < digits.length ? 'pin-dot--on' : ''}`} />
          ))}
        </View>
        {props.error ? (
          <Text className="form-error pin-error" role="alert">
            {props.error}
          </Text>
        ) : (
          <Text className="pin-sheet__hint">{props.busy ? '正在验证…' : ' '}</Text>
        )}
        <View className="pin-keys">
          {KEYS.map((k, i) =>
            k === '' ? (
              <View key={i} className="pin-key pin-key--blank" />
            ) : (
              <Text
                key={i}
                role="button"
                aria-label={k === 'del' ? '删除' : k}
                className={`pin-key ${k === 'del' ? 'pin-key--del' : ''}`}
                data-key={k}
                onClick={() => press(k)}
              >
                {k === 'del' ? '⌫' : k}
              </Text>
            ),
          )}
        </View>
      </View>
    </View>
  );
}
