import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { ApiError } from '../api/errors';

export type Remote<T> =
  | { state: 'loading'; data?: T }
  | { state: 'ready'; data: T }
  | { state: 'error'; error: ApiError; data?: T };

/**
 * Loads something for a page and keeps the last good data while reloading, so a pull-to-refresh or
 * a page coming back into view does not flash an empty screen.
 */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [remote, setRemote] = useState<Remote<T>>({ state: 'loading' });
  const latest = useRef(0);
  const reload = useCallback(() => {
    const ticket = ++latest.current;
    setRemote((r) => ({ state: 'loading', data: r.data }));
    return load().then(
      (data) => {
        if (ticket === latest.current) setRemote({ state: 'ready', data });
      },
      (err: unknown) => {
        if (ticket !== latest.current) return;
        const error =
          err instanceof ApiError ? err : new ApiError(0, 'INTERNAL_ERROR', '系统开小差了，请稍后再试');
        setRemote((r) => ({ state: 'error', error, data: r.data }));
      },
    );
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { remote, reload, setRemote };
}

/**
 * Reloads when the page comes back into view (back from another page, app back to the foreground) but
 * not on its first show, which the initial load already covers: at 20:00 every request counts.
 */
export function useReloadOnReturn(reload: () => unknown) {
  const shown = useRef(false);
  useDidShow(() => {
    if (shown.current) void reload();
    shown.current = true;
  });
}
