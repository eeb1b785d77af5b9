import { createCardAcquirerMock } from './server';

// Stand-alone: `npm run mock:card` (port CARDACQUIRER_MOCK_PORT, default 4107). See README.md.
const mock = createCardAcquirerMock();
const running = await mock.listen(Number(process.env.CARDACQUIRER_MOCK_PORT ?? 4107));
console.log(
  `card-acquirer simulator: ${running.url}  (test hooks under /__mock/, see mocks/src/card-acquirer/README.md)`,
);
