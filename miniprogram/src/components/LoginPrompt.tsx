import { Button, Text, View } from '@tarojs/components';
import { open } from '../lib/nav';

/** What a logged-out citizen sees on a page that needs a login: a way in, not a forced detour. */
export function LoginPrompt({ backTo, what }: { backTo: string; what: string }) {
  return (
    <View className="state state--login">
      <Text className="state__title">登录后查看{what}</Text>
      <Button
        role="button"
        className="btn btn--primary state__retry"
        onClick={() => void open('login', { redirect: backTo })}
      >
        登录
      </Button>
    </View>
  );
}
