import { createEscrowMock } from './server';

// Stand-alone: `npm run mock:escrow` starts the prepaid-funds escrow backend (ESCROW_PORT, default 4120).
//   ESCROW_API_TOKEN      bearer token the platform sends (default escrow-mock-token)
//   ESCROW_NOTIFY_URL     where signed instruction notifications are POSTed
//   ESCROW_NOTIFY_SECRET  HMAC-SHA256 key of their X-Escrow-Signature (default escrow-notify-secret)
const running = await createEscrowMock({
  apiToken: process.env.ESCROW_API_TOKEN || undefined,
  notifyUrl: process.env.ESCROW_NOTIFY_URL || undefined,
  notifySecret: process.env.ESCROW_NOTIFY_SECRET || undefined,
}).listen(Number(process.env.ESCROW_PORT ?? 4120));
console.log(
  `escrow (prepaid contract ledger) simulator: ${running.url}  (POST /v1/instructions, GET /v1/log)`,
);
