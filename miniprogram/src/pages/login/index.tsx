import './index.css';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { platform } from '@platform';
import { open, PAGES } from '../../lib/nav';
import { session, type LoginResult } from '../../lib/session';

export default function Login() {
  const { params } = useRouter();
  const redirect = params.redirect ? decodeURIComponent(params.redirect) : PAGES.home;

  function loggedIn(login: LoginResult) {
    session.save(login);
    void Taro.showToast({ title: '登录成功', icon: 'success', duration: 1000 });
    // Back to where the citizen was, as a fresh page so it loads with the new session.
    void Taro.reLaunch({ url: redirect });
  }

  return (
    <View className="page login">
      <View className="login__brand">
        <Text className="login__logo">数元</Text>
        <Text className="login__title">数字人民币红包 · 消费券</Text>
      </View>
      <platform.LoginPanel onLoggedIn={loggedIn} />
      <Text role="link" className="link login__privacy" onClick={() => void open('privacy')}>
        《隐私政策》
      </Text>
    </View>
  );
}
