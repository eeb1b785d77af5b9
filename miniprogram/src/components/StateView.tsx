import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../api/errors';
import { goHome } from '../lib/nav';

type Props = {
  kind: 'loading' | 'empty' | 'error';
  error?: ApiError;
  /** What "empty" means here, e.g. 暂无可领取的活动. */
  emptyText?: string;
  /** The character drawn in the empty state's picture (券 unless said, e.g. P for parking). */
  icon?: string;
  /** The way on from an empty list, e.g. 去首页看看. */
  action?: { label: string; onTap: () => void };
  onRetry?: () => void;
  /** An error page offers 返回首页 beside 重试 (a missing campaign cannot be retried into existence). */
  homeLink?: boolean;
};

/** A drawn picture for empty and failed states (CSS shapes, the same on weapp and H5). */
function Art({ kind, icon = '券' }: { kind: 'empty' | 'error' | 'offline'; icon?: string }) {
  return (
    <View className={`state__art state__art--${kind}`} aria-hidden="true">
      <View className="state__art-ticket">
        <Text className="state__art-glyph">{kind === 'empty' ? icon : kind === 'offline' ? '⌁' : '!'}</Text>
      </View>
    </View>
  );
}

/** The loading, empty, error and offline states every page shows the same way. */
export function StateView({ kind, error, emptyText, icon, action, onRetry, homeLink }: Props) {
  if (kind === 'loading') {
    return (
      <View className="state state--loading" aria-busy="true" role="status">
        <View className="spinner" />
        <Text className="state__text">加载中…</Text>
      </View>
    );
  }
  if (kind === 'empty') {
    return (
      <View className="state state--empty">
        <Art kind="empty" icon={icon} />
        <Text className="state__text">{emptyText ?? '这里还没有内容'}</Text>
        {action ? (
          <Button role="button" className="btn btn--ghost state__action" onClick={action.onTap}>
            {action.label}
          </Button>
        ) : null}
      </View>
    );
  }
  const offline = error?.code === 'NETWORK_ERROR';
  const missing = error?.status === 404;
  return (
    <View className={`state ${offline ? 'state--offline' : 'state--error'}`} role="alert">
      <Art kind={offline ? 'offline' : 'error'} />
      <View className="state__title" role="heading" aria-level={2}>
        {offline ? '网络连接不可用' : missing ? '没有找到' : '加载失败'}
      </View>
      <Text className="state__text">{error?.message ?? '系统开小差了，请稍后再试'}</Text>
      {error?.requestId ? <Text className="state__ref">编号 {error.requestId.slice(0, 8)}</Text> : null}
      <View className="state__actions">
        {onRetry ? (
          <Button role="button" className="btn btn--ghost state__retry" onClick={onRetry}>
            重试
          </Button>
        ) : null}
        {homeLink ? (
          <Button role="button" className="btn btn--primary state__home" onClick={() => void goHome()}>
            返回首页
          </Button>
        ) : null}
      </View>
    </View>
  );
}
