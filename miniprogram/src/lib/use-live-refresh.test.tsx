import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLiveRefresh } from './use-live-refresh';

function Probe({ refresh, active }: { refresh: () => void; active: boolean }) {
  useLiveRefresh(refresh, 30_000, active);
  return null;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('live refresh', () => {
  it('asks again every interval while active, and stops when it is not', () => {
    const refresh = vi.fn();
    const { rerender, unmount } = render(<Probe refresh={refresh} active />);
    vi.advanceTimersByTime(29_999);
    expect(refresh).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(refresh).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    rerender(<Probe refresh={refresh} active={false} />);
    vi.advanceTimersByTime(90_000);
    expect(refresh).toHaveBeenCalledTimes(3);
    rerender(<Probe refresh={refresh} active />);
    unmount();
    vi.advanceTimersByTime(90_000);
    expect(refresh).toHaveBeenCalledTimes(3);
  });
});
