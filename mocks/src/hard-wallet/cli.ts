import { createHardWalletMock } from './server';

// Stand-alone: `npm run mock:hardwallet` — the operator's card back end and its chips.
//   HARDWALLET_MOCK_PORT   port (default 4110)
//   HARDWALLET_MASTER_KEY  the issuer master key (as HARD_WALLET_MASTER_KEY at the platform; required)
//   HARDWALLET_API_TOKEN   the bearer token the platform sends (HARD_WALLET_API_TOKEN; required)
const need = (k: string) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is required`);
  return v;
};
const mock = createHardWalletMock({
  masterKey: need('HARDWALLET_MASTER_KEY'),
  apiToken: need('HARDWALLET_API_TOKEN'),
});
const running = await mock.listen(Number(process.env.HARDWALLET_MOCK_PORT ?? 4110));
console.log(
  `hard-wallet back end simulator: ${running.url}  (POST /__mock/soft-wallets {"wallet_id":"…","amount_fen":10000}; POST /__mock/cards/<no>/tap)`,
);
