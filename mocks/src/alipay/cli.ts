import { createAlipayMock } from './server';

// Stand-alone: `npm run mock:alipay` (port ALIPAY_MOCK_PORT, default 4106). See README.md.
const mock = createAlipayMock();
const running = await mock.listen(Number(process.env.ALIPAY_MOCK_PORT ?? 4106));
console.log(`alipay simulator: ${running.url}  (test hooks under /__mock/, see mocks/src/alipay/README.md)`);
