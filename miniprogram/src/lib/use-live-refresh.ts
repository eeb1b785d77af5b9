import { useEffect, useRef } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/**
 * Calls `refresh` every `intervalMs` while the page is in view and `active` (a live parking fee: the
 * server prices the stay again on each call, so the figure and its `as_of` are the server's). Taro keeps
 * pages further down the stack alive (hidden, on H5 in the DOM), so a hidden page stops asking.
 */
export function useLiveRefresh(refresh: () => unknown, intervalMs: number, active = true) {
  const visible = useRef(true);
  const latest = useRef(refresh);
  latest.current = refresh;
  useDidShow(() => {
    visible.current = true;
  });
  useDidHide(() => {
    visible.current = false;
  });
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (visible.current) void latest.current();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
}
