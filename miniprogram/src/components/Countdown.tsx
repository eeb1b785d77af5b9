import { useEffect, useRef, useState } from 'react';
import { Text } from '@tarojs/components';
import { formatCountdown } from '../lib/time';

/**
 * Ticks once a second to a start the server gave as seconds from now (the phone's clock may be off),
 * and tells the page once when it is reached so it can refresh.
 */
export function Countdown({ seconds, onDone }: { seconds: number; onDone?: () => void }) {
  const [target] = useState(() => Date.now() + seconds * 1000);
  const [left, setLeft] = useState(seconds);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    const timer = setInterval(() => {
      const s = Math.ceil((target - Date.now()) / 1000);
      setLeft(s);
      if (s <= 0) {
        clearInterval(timer);
        // A moment after the start, so the server has opened the campaign when the page asks again.
        setTimeout(() => done.current?.(), 1500);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [target]);
  return <Text className="countdown">{left > 0 ? `距开抢 ${formatCountdown(left)}` : '即将开始'}</Text>;
}
