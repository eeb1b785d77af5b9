import { createCoreBankingMock } from '../core-banking/server';
import { createEcnyOperatorMock } from './server';

// Stand-alone: `npm run mock:ecny` starts one operator (ECNY_OPERATOR_PORT, default 4110) and the
// core-banking simulator (CORE_BANKING_PORT, default 4111).
//   ECNY_OPERATOR_CODE      the operator's 14-character code (default C1010211000012)
//   ECNY_NOTIFY_URL         where dcep.909 final-state notices are POSTed
//   ECNY_NOTIFY_SECRET      HMAC-SHA256 key of their X-Signature (default ecny-operator-secret)
const op = await createEcnyOperatorMock({
  code: process.env.ECNY_OPERATOR_CODE || undefined,
  notifyUrl: process.env.ECNY_NOTIFY_URL || undefined,
  notifySecret: process.env.ECNY_NOTIFY_SECRET || undefined,
}).listen(Number(process.env.ECNY_OPERATOR_PORT ?? 4110));
const core = await createCoreBankingMock().listen(Number(process.env.CORE_BANKING_PORT ?? 4111));
console.log(`e-CNY operator simulator: ${op.url}  (messages: POST /dcep/messages)`);
console.log(`core-banking simulator:   ${core.url}`);
