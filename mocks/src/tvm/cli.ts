import { createTvmMock } from './server';

// Stand-alone: `npm run mock:tvm` — one TVM.
//   TVM_PORT (default 4121), TVM_ID, TVM_SECRET, PLATFORM_URL (default http://127.0.0.1:3000)
const need = (k: string) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is required`);
  return v;
};
const tvm = createTvmMock({
  tvmId: need('TVM_ID'),
  secret: need('TVM_SECRET'),
  platformUrl: process.env.PLATFORM_URL ?? 'http://127.0.0.1:3000',
});
const running = await tvm.listen(Number(process.env.TVM_PORT ?? 4121));
console.log(
  `TVM simulator: ${running.url}  (POST /__mock/choose {"to_station":"…"}, /__mock/dispense {"ticket_id":"…"})`,
);
