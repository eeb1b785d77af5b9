import { createSmsMock } from '../sms/server';
import { createWechatMock } from './server';

// Stand-alone: `npm run mock:wechat` starts both identity simulators on their own ports.
const wechat = await createWechatMock({
  appId: process.env.WECHAT_APP_ID ?? 'wx-shuyuan-demo',
  appSecret: process.env.WECHAT_APP_SECRET ?? 'demo-secret',
}).listen(Number(process.env.WECHAT_MOCK_PORT ?? 4101));
const sms = await createSmsMock().listen(Number(process.env.SMS_MOCK_PORT ?? 4102));
console.log(`WeChat code2session simulator: ${wechat.url}`);
console.log(`SMS gateway simulator:         ${sms.url}`);
