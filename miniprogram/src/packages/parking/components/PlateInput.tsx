import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import {
  DIGITS,
  fitToKind,
  keysAt,
  LETTERS,
  plateLength,
  pressKey,
  PROVINCES,
  SPECIAL_ENDINGS,
  type PlateKind,
} from '../../../lib/plate';

const ROW = 10;
const rows = (keys: string[]) =>
  Array.from({ length: Math.ceil(keys.length / ROW) }, (_, i) => keys.slice(i * ROW, i * ROW + ROW));

/**
 * A plate field with its own keyboard, as WeChat Pay's parking pages have: the province keys first,
 * then letters and digits (never I or O), 7 characters, or 8 once 新能源 is chosen. Keys that do not
 * fit the next position are shown but do nothing.
 */
export function PlateInput({
  value,
  kind,
  onChange,
  className = '',
}: {
  value: string;
  kind: PlateKind;
  onChange: (value: string, kind: PlateKind) => void;
  className?: string;
}) {
  const [open, setOpenState] = useState(false);
  // The keyboard covers the lower part of the screen: bring the field to the top when it opens.
  const setOpen = (on: boolean) => {
    setOpenState(on);
    if (!on || open) return;
    try {
      void Taro.pageScrollTo({ selector: '.plate-input', offsetTop: -40, duration: 150 })?.catch?.(
        () => undefined,
      );
    } catch {
      /* a runtime without page scrolling keeps the page where it is */
    }
  };
  const chars = Array.from(value);
  const length = plateLength(kind);
  const next = Math.min(chars.length, length - 1);
  const complete = chars.length >= length;
  const allowed = complete ? [] : keysAt(chars.length, kind);
  const layout =
    chars.length === 0 ? PROVINCES : [...DIGITS, ...LETTERS, ...(kind === 'blue' ? SPECIAL_ENDINGS : [])];

  const press = (key: string) => {
    const v = pressKey(value, key, kind);
    onChange(v, kind);
    if (Array.from(v).length >= length) setOpen(false);
  };
  const toggleKind = () => {
    const k: PlateKind = kind === 'green' ? 'blue' : 'green';
    onChange(fitToKind(value, k), k);
    setOpen(true);
  };

  return (
    <View className={`plate-input ${className}`}>
      <View className="plate-input__row">
        <View
          className={`plate-input__cells plate-input__cells--${kind}`}
          role="button"
          aria-label={value ? `车牌号 ${value}，点击修改` : '输入车牌号'}
          onClick={() => setOpen(true)}
        >
          {Array.from({ length }, (_, i) => (
            <Text
              key={i}
              className={`plate-cell ${open && i === next && !complete ? 'plate-cell--at' : ''} ${i === 1 ? 'plate-cell--dot' : ''}`}
              aria-hidden="true"
            >
              {chars[i] ?? ''}
            </Text>
          ))}
        </View>
        <View
          className={`plate-energy ${kind === 'green' ? 'plate-energy--on' : ''}`}
          role="button"
          aria-label="新能源车牌（8 位）"
          aria-pressed={kind === 'green' ? 'true' : 'false'}
          onClick={toggleKind}
        >
          <Text>{kind === 'green' ? '新能源 ✓' : '+ 新能源'}</Text>
        </View>
      </View>
      <Text className="plate-input__hint">
        {kind === 'green'
          ? '新能源车牌 8 位，如 粤A·D12345'
          : '普通车牌 7 位，如 粤A·12345；新能源车请点 + 新能源'}
      </Text>
      {open ? (
        <View className="plate-keyboard" role="group" aria-label="车牌键盘">
          <View className="plate-keyboard__bar">
            <Text className="plate-keyboard__title">
              {chars.length === 0
                ? '选择省份简称'
                : complete
                  ? '已输入完整车牌'
                  : `第 ${chars.length + 1} 位`}
            </Text>
            <View
              className="plate-keyboard__done"
              role="button"
              aria-label="完成"
              onClick={() => setOpen(false)}
            >
              完成
            </View>
          </View>
          {rows(layout).map((row, r) => (
            <View key={r} className="plate-keyboard__row">
              {row.map((k) => {
                const on = allowed.includes(k);
                return (
                  <View
                    key={k}
                    className={`plate-key ${on ? '' : 'plate-key--off'}`}
                    data-key={k}
                    role="button"
                    aria-label={k}
                    aria-disabled={on ? undefined : 'true'}
                    onClick={() => on && press(k)}
                  >
                    {k}
                  </View>
                );
              })}
            </View>
          ))}
          <View className="plate-keyboard__row">
            <View
              className="plate-key plate-key--wide plate-key--del"
              data-key="del"
              role="button"
              aria-label="删除"
              onClick={() => press('del')}
            >
              删除
            </View>
          </View>
        </View>
      ) : null}
      {open ? <View className="plate-keyboard__spacer" /> : null}
    </View>
  );
}
