import { createWechatPayMock } from './server';

// Stand-alone: `npm run mock:wechatpay` (port WECHATPAY_MOCK_PORT, default 4105). See README.md.
const mock = createWechatPayMock();
const running = await mock.listen(Number(process.env.WECHATPAY_MOCK_PORT ?? 4105));
console.log(
  `wechat-pay simulator: ${running.url}  (test hooks under /__mock/, see mocks/src/wechat-pay/README.md)`,
);
