import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnv, type TestEnv } from '../../test/harness';
import { checkLedger } from '../modules/ledger/check';
import { seedDemo } from './demo';
import { DEMO_DRIVER_PHONE, driveDemoParking } from './parking-demo';

describe("npm start's parking demo (embedded)", () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv('sqlite');
    // The demo seeds only an empty database; the harness's own test admins go first.
    await env.platform.db.exec('DELETE FROM admin_users');
    expect(await seedDemo(env.platform)).toBe(true);
    await env.platform.startEmbeddedGates();
  });
  afterAll(async () => env?.close());

  const sessions = () =>
    env.platform.db.query<{ plate: string; status: string }>(
      'SELECT plate, status FROM parking_sessions ORDER BY entry_at',
    );

  it('drives cars through the demo lot with its gate simulator: seamless exit, a parked car, an offline exit', async () => {
    const lines = await driveDemoParking(env.platform);
    expect(lines.join('\n')).toContain('无感支付成功，一路平安');
    expect(await sessions()).toEqual(
      expect.arrayContaining([
        { plate: '粤AD12345', status: 'completed' },
        { plate: '粤A8K888', status: 'parked' },
        { plate: '粤B5F302', status: 'left_unpaid' },
      ]),
    );
    const driver = await env.platform.db.query<{ id: string }>('SELECT id FROM users WHERE phone = ?', [
      DEMO_DRIVER_PHONE,
    ]);
    const paid = await env.platform.db.query<{ channel: string; status: string }>(
      'SELECT channel, status FROM parking_payments WHERE user_id = ?',
      [driver[0].id],
    );
    expect(paid).toEqual([{ channel: 'seamless', status: 'succeeded' }]);
    expect((await checkLedger(env.platform.db, env.clock)).balanced).toBe(true);
  });

  it('runs again at the next start without piling up parked cars or debts', async () => {
    await driveDemoParking(env.platform);
    const all = await sessions();
    expect(all.filter((s) => s.plate === '粤A8K888')).toHaveLength(1);
    expect(all.filter((s) => s.plate === '粤B5F302')).toHaveLength(1);
    expect(all.filter((s) => s.plate === '粤AD12345' && s.status === 'completed')).toHaveLength(2);
  });
});
