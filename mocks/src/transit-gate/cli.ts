import { createTransitGateMock } from './server';

// Stand-alone: `npm run mock:transit-gate` — one gate, syncing every 60 s and uploading every 5 s.
//   TRANSIT_GATE_PORT (default 4120), TRANSIT_GATE_ID, TRANSIT_GATE_SECRET, TRANSIT_GATE_KIND (entry|exit|onboard)
//   PLATFORM_URL (default http://127.0.0.1:3000)
const need = (k: string) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is required`);
  return v;
};
const gate = createTransitGateMock({
  gateId: need('TRANSIT_GATE_ID'),
  secret: need('TRANSIT_GATE_SECRET'),
  kind: need('TRANSIT_GATE_KIND') as 'entry' | 'exit' | 'onboard',
  platformUrl: process.env.PLATFORM_URL ?? 'http://127.0.0.1:3000',
});
const running = await gate.listen(Number(process.env.TRANSIT_GATE_PORT ?? 4120));
await gate.sync();
setInterval(() => void gate.sync(), 60_000);
setInterval(() => void gate.upload(), 5_000);
console.log(`transit gate simulator: ${running.url}  (POST /__mock/present {"code":"TR1…"})`);
