import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api';

export type Remote<T> = { loading: boolean; data?: T; error?: ApiError; reload: () => Promise<void> };

/** Loads for a page; keeps the last data while reloading so tables do not flash empty. */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[] = []): Remote<T> {
  const [state, setState] = useState<{ loading: boolean; data?: T; error?: ApiError }>({ loading: true });
  const ticket = useRef(0);
  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    setState((s) => ({ ...s, loading: true }));
    try {
      const data = await load();
      if (mine === ticket.current) setState({ loading: false, data });
    } catch (err) {
      if (mine !== ticket.current) return;
      const error =
        err instanceof ApiError ? err : new ApiError(0, 'INTERNAL_ERROR', '页面出错了，请刷新重试');
      setState((s) => ({ loading: false, data: s.data, error }));
    }
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}
