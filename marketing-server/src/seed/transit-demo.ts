import { createTransitGateMock } from 'mocks';
import { formatYuan } from '../shared/money';
import type { Platform } from '../platform';
import { DEMO_DRIVER_PHONE } from './parking-demo';

// The embedded demo's rail traffic: gates at 西朗 (entry) and 体育西路 (exit), a tram validator at
// 琶洲 and a TVM at 公园前 are registered once; at every start the demo citizen (the parking demo's
// driver, wallet bound) signs the pay-after agreement and rides 西朗 → 体育西路 and the tram, the
// gates verifying the codes offline and uploading the taps like real ones; the fares are charged.

async function gateAt(p: Platform, station_id: string, kind: 'entry' | 'exit' | 'onboard', url: string) {
  const prior = (
    await p.db.query<{ id: string; secret: string }>(
      'SELECT id, secret FROM transit_gates WHERE station_id = ? AND kind = ? ORDER BY created_at LIMIT 1',
      [station_id, kind],
    )
  )[0];
  const g = prior ?? (await p.services.transit.gates.register({ station_id, kind }));
  const gate = createTransitGateMock({ gateId: g.id, secret: g.secret, kind, platformUrl: url });
  await gate.sync();
  return gate;
}

export async function driveDemoTransit(p: Platform, url: string): Promise<string[]> {
  const user = (
    await p.db.query<{ id: string }>('SELECT id FROM users WHERE phone = ?', [DEMO_DRIVER_PHONE])
  )[0];
  if (!user || !(await p.services.wallet.binding(user.id)))
    return ['  Transit demo skipped: no demo rider wallet'];
  const transit = p.services.transit;
  const entry = await gateAt(p, 'xilang', 'entry', url);
  const exit = await gateAt(p, 'tiyuxilu', 'exit', url);
  const tram = await gateAt(p, 'thz1-pazhou', 'onboard', url);
  const tvms = await p.db.query('SELECT id FROM transit_tvms WHERE station_id = ?', ['gongyuanqian']);
  if (!tvms.length) await transit.tickets.registerTvm('gongyuanqian');
  await transit.riders.signAgreement(user.id);
  const code = async () => (await transit.riders.rideCode(user.id)).code;
  const lines: string[] = ['  Transit demo (乘车码, pay after the ride):'];
  const c1 = await code();
  if (!c1) return [...lines, '    the demo rider is blacklisted for an unpaid fare; pay it in the app'];
  // A code is valid for a minute from its issue: the ride is entered now and left 45 s later (a code
  // shown at a moment before its issue is NOT_YET_VALID, which is what the demo printed before).
  const inAt = entry.present(c1);
  const outAt = exit.present((await code())!, new Date(Date.now() + 45_000));
  const onTram = tram.present((await code())!);
  await entry.upload();
  await exit.upload();
  await tram.upload();
  lines.push(
    `    西朗 → 体育西路 gate ${inAt.reason}/${outAt.reason} (offline verify ${inAt.verify_ms.toFixed(2)} ms), tram 琶洲 ${onTram.reason}`,
  );
  const mine = await transit.myJourneys(user.id, 2);
  for (const j of mine.items)
    lines.push(
      `    journey ${j.entry_station_name} → ${j.exit_station_name ?? '（车上）'} ${formatYuan(j.fare_fen)} ${j.status}`,
    );
  lines.push(
    `    see it in the H5 app as ${DEMO_DRIVER_PHONE} → 乘车码 / 行程, and in the admin panel → 轨道交通`,
  );
  return lines;
}
