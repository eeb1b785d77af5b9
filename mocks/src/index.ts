export { createWechatMock } from './wechat/server';
export { createSmsMock } from './sms/server';
export type { RunningMock } from './shared/serve';
