import type { Db } from '../../db/sql';
import { isDuplicateKeyError } from '../../db/sql';
import { insertAdminUser } from '../../security/access';
import { hashPassword } from '../../security/passwords';
import { notFound, refused } from '../../shared/domain-error';
import { newId } from '../../shared/ids';
import type { Clock } from '../../shared/time';
import type { Actor } from '../audit';
import { appendAction } from './chain';
import { appDto, type AppRow } from './apps';

// Partner users: people of a partner organisation who log into the developer portal with their own
// username and password. They are admin users with the one role `partner_developer` and a row naming
// their organisation; they log in through the same admin login (so the same per-account and per-address
// limits and lockouts in Redis hold for them) and every partner route reads only their organisation's
// apps: another organisation's app is not found, never forbidden (no probing which ids exist).

export const PARTNER_ROLE = 'partner_developer';

export async function registerPartnerUser(
  deps: { db: Db; clock: Clock },
  actor: Actor,
  input: { org_name: string; username: string; display_name: string; password: string },
) {
  const known = await deps.db.query('SELECT id FROM apix_apps WHERE org_name = ? LIMIT 1', [input.org_name]);
  if (!known.length) throw notFound('合作方机构');
  const id = newId('adm');
  const now = deps.clock.now();
  const password_hash = await hashPassword(input.password);
  try {
    await deps.db.tx(async (sql) => {
      await insertAdminUser(
        sql,
        {
          id,
          username: input.username,
          password_hash,
          display_name: input.display_name,
          roles: [PARTNER_ROLE],
        },
        now,
      );
      await sql.exec('INSERT INTO apix_partner_users (user_id, org_name, created_at) VALUES (?,?,?)', [
        id,
        input.org_name,
        now,
      ]);
      const apps = await sql.query<{ id: string }>('SELECT id FROM apix_apps WHERE org_name = ?', [
        input.org_name,
      ]);
      for (const a of apps)
        await appendAction(
          sql,
          {
            app_id: a.id,
            action: 'partner_user.add',
            actor_id: actor.id,
            payload: { user_id: id, username: input.username },
          },
          now,
        );
    });
  } catch (err) {
    if (isDuplicateKeyError(err)) throw refused('USERNAME_TAKEN', '用户名已被使用');
    throw err;
  }
  return { id, username: input.username, display_name: input.display_name, org_name: input.org_name };
}

/** The organisation a partner user belongs to; a user without one sees nothing (no apps, not found). */
export async function orgOf(db: Db, userId: string): Promise<string | null> {
  const rows = await db.query<{ org_name: string }>(
    'SELECT org_name FROM apix_partner_users WHERE user_id = ?',
    [userId],
  );
  return rows[0]?.org_name ?? null;
}

export async function myApps(db: Db, userId: string) {
  const org = await orgOf(db, userId);
  if (org === null) return { org_name: null, items: [] };
  const rows = await db.query<AppRow>('SELECT * FROM apix_apps WHERE org_name = ? ORDER BY created_at DESC', [
    org,
  ]);
  return { org_name: org, items: rows.map(appDto) };
}

/** The app when it is the partner user's organisation's; otherwise not found. */
export async function ownApp(db: Db, userId: string, appId: string): Promise<string> {
  const org = await orgOf(db, userId);
  const rows = org
    ? await db.query('SELECT id FROM apix_apps WHERE id = ? AND org_name = ?', [appId, org])
    : [];
  if (!rows.length) throw notFound('合作方应用');
  return appId;
}
