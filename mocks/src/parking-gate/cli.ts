import { createParkingGateMock } from './server';

// Stand-alone: `npm run mock:gate` — one lot's gate controller (an entry and an exit lane).
//   GATE_MOCK_PORT      port (default 4104)
//   GATE_LOT_ID         the lot id at the platform (required)
//   GATE_SECRET         the lot's gate secret (as stored with the lot at the platform; required)
//   GATE_ENTRY_LANE / GATE_EXIT_LANE   the lanes' ids at the platform (required)
//   GATE_EVENTS_URL     default http://127.0.0.1:3000/api/v1/parking/gate-events
const need = (k: string) => {
  const v = process.env[k];
  if (!v) throw new Error(`${k} is required`);
  return v;
};
const gate = createParkingGateMock({
  lotId: need('GATE_LOT_ID'),
  secret: need('GATE_SECRET'),
  lanes: [
    { lane_id: need('GATE_ENTRY_LANE'), direction: 'entry' },
    { lane_id: need('GATE_EXIT_LANE'), direction: 'exit' },
  ],
  eventsUrl: process.env.GATE_EVENTS_URL ?? 'http://127.0.0.1:3000/api/v1/parking/gate-events',
});
const running = await gate.listen(Number(process.env.GATE_MOCK_PORT ?? 4104));
console.log(
  `parking gate simulator: ${running.url}  (POST /__mock/vehicles {"lane_id":"…","plate":"粤A12345"})`,
);
