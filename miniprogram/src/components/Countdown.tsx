import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import { formatCountdown } from '../lib/time';

/** Ticks once a second to a start time; tells the page when it is reached so it can refresh. */
export function Countdown({ startsAt, onDone }: { startsAt: string; onDone?: () => void }) {
  const target = new Date(startsAt).getTime();
  const [left, setLeft] = useState(() => Math.ceil((target - Date.now()) / 1000));
  useEffect(() => {
    const timer = setInterval(() => {
      const s = Math.ceil((target - Date.now()) / 1000);
      setLeft(s);
      if (s <= 0) {
        clearInterval(timer);
        onDone?.();
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [target, onDone]);
  return <Text className="countdown">{left > 0 ? `距开抢 ${formatCountdown(left)}` : '即将开始'}</Text>;
}
