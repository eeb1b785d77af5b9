import { createBankWalletMock } from './server';

// Stand-alone: `npm run mock:bank` (BANK_MOCK_PORT, default 4103).
//   BANK_CALLBACK_URL        where notifications are POSTed (none are sent when unset)
//   BANK_CALLBACK_SECRET     HMAC-SHA256 key for X-Signature (default bank-mock-secret)
//   BANK_DUPLICATE_CALLBACKS probability of a deliberate duplicate delivery (default 0.1)
//   BANK_WALLET_ID_PREFIX    first 6 characters of wallet ids (default 002250)
const duplicates = process.env.BANK_DUPLICATE_CALLBACKS;
const bank = await createBankWalletMock({
  callbackUrl: process.env.BANK_CALLBACK_URL || undefined,
  callbackSecret: process.env.BANK_CALLBACK_SECRET || undefined,
  duplicateCallbacks: duplicates ? Number(duplicates) : undefined,
  walletIdPrefix: process.env.BANK_WALLET_ID_PREFIX || undefined,
}).listen(Number(process.env.BANK_MOCK_PORT ?? 4103));
console.log(`e-CNY bank wallet simulator: ${bank.url}`);
console.log(`  callbacks: ${process.env.BANK_CALLBACK_URL || '(none; set BANK_CALLBACK_URL)'}`);
