import { useEffect, useState } from 'react';
import { Text } from '@tarojs/components';
import { platform } from '@platform';

/** Says so when the phone loses its connection (a tap would only fail), and goes away when it is back. */
export function OfflineBanner() {
  const [online, setOnline] = useState(true);
  useEffect(() => platform.watchNetwork(setOnline), []);
  return online ? null : (
    <Text className="banner banner--warn offline-banner">网络已断开，恢复连接后可继续操作</Text>
  );
}
