import { Button, Text, View } from '@tarojs/components';
import type { ApiError } from '../api/errors';

type Props = {
  kind: 'loading' | 'empty' | 'error';
  error?: ApiError;
  /** What "empty" means here, e.g. 暂无可领取的活动. */
  emptyText?: string;
  onRetry?: () => void;
};

/** The loading, empty, error and offline states every page shows the same way. */
export function StateView({ kind, error, emptyText, onRetry }: Props) {
  if (kind === 'loading') {
    return (
      <View className="state state--loading" aria-busy="true">
        <View className="spinner" />
        <Text className="state__text">加载中…</Text>
      </View>
    );
  }
  if (kind === 'empty') {
    return (
      <View className="state state--empty">
        <Text className="state__text">{emptyText ?? '这里还没有内容'}</Text>
      </View>
    );
  }
  const offline = error?.code === 'NETWORK_ERROR';
  return (
    <View className={`state ${offline ? 'state--offline' : 'state--error'}`}>
      <Text className="state__title">{offline ? '网络连接不可用' : '加载失败'}</Text>
      <Text className="state__text">{error?.message ?? '系统开小差了，请稍后再试'}</Text>
      {error?.requestId ? <Text className="state__ref">编号 {error.requestId.slice(0, 8)}</Text> : null}
      {onRetry ? (
        <Button className="btn btn--ghost state__retry" onClick={onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  );
}
