import { Alert, Button, Empty, Spin } from 'antd';
import type { ReactNode } from 'react';
import type { Remote } from './use-remote';

/** Loading, error (with the server's message and request id, never raw JSON) and empty, the same everywhere. */
export function PageState<T>({
  remote,
  empty,
  isEmpty,
  children,
}: {
  remote: Remote<T>;
  empty?: string;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (remote.error && remote.data === undefined) {
    return (
      <Alert
        type="error"
        showIcon
        message={remote.error.message}
        description={remote.error.requestId ? `请求编号 ${remote.error.requestId}` : undefined}
        action={<Button onClick={() => void remote.reload()}>重试</Button>}
      />
    );
  }
  if (remote.data === undefined) return <Spin style={{ display: 'block', margin: '64px auto' }} />;
  if (isEmpty?.(remote.data)) return <Empty description={empty ?? '暂无数据'} />;
  return (
    <>
      {remote.error ? (
        <Alert type="warning" showIcon message={remote.error.message} style={{ marginBottom: 12 }} />
      ) : null}
      {children(remote.data)}
    </>
  );
}

export function ErrorText({ error }: { error: unknown }) {
  if (!error) return null;
  const message = error instanceof Error ? error.message : '操作失败';
  return <Alert type="error" showIcon message={message} style={{ marginBottom: 12 }} />;
}
