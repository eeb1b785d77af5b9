import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError, type Page } from '../../api';
import type { Remote } from '../../components/use-remote';
import { listQuery, mergePage } from './model';

export type CursorList<T> = Remote<Page<T>> & { more: () => Promise<void>; loadingMore: boolean };

const asApiError = (err: unknown) =>
  err instanceof ApiError ? err : new ApiError(0, 'INTERNAL_ERROR', '页面出错了，请刷新重试');

/**
 * A keyset-paginated list ("加载更多"): the first page follows the filters, further pages are
 * appended. A page that arrives after the filters changed is dropped, so rows of two filters never mix.
 */
export function useCursorList<T extends { id: string }>(
  path: string,
  filters: Record<string, string | undefined>,
  limit = 20,
): CursorList<T> {
  const query = listQuery(filters, limit);
  const [data, setData] = useState<Page<T> | undefined>();
  const [error, setError] = useState<ApiError | undefined>();
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const ticket = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++ticket.current;
    setLoading(true);
    try {
      const page = await api<Page<T>>(`${path}?${query}`);
      if (mine !== ticket.current) return;
      setData(page);
      setError(undefined);
    } catch (err) {
      if (mine === ticket.current) setError(asApiError(err));
    } finally {
      if (mine === ticket.current) setLoading(false);
    }
  }, [path, query]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const cursor = data?.next_cursor ?? null;
  const more = useCallback(async () => {
    if (!cursor) return;
    const mine = ticket.current;
    setLoadingMore(true);
    try {
      const page = await api<Page<T>>(`${path}?${query}&cursor=${encodeURIComponent(cursor)}`);
      if (mine !== ticket.current) return;
      setData((d) => ({ items: mergePage(d?.items ?? [], page.items), next_cursor: page.next_cursor }));
      setError(undefined);
    } catch (err) {
      if (mine === ticket.current) setError(asApiError(err));
    } finally {
      setLoadingMore(false);
    }
  }, [path, query, cursor]);

  return { loading, data, error, reload, more, loadingMore };
}
