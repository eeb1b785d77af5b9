import type { QueryInterface } from 'sequelize';

// Natural-person slots used to be the bare ID hash, one per campaign whatever the per-user period.
// They now carry the period family and slot index (`<id hash>|<period>#k`, see
// modules/claims/claim-writes.ts). A claim written before held at most one slot per person and
// campaign, so its account slot (`<period>#k`, from the claim's own time) completes it uniquely: a
// person who claimed under a lifetime limit is still refused, one who claimed yesterday under a daily
// limit may claim today.
export async function up({ context: qi }: { context: QueryInterface }) {
  const joined =
    qi.sequelize.getDialect() === 'mysql'
      ? "CONCAT(person_slot, '|', user_slot)"
      : "person_slot || '|' || user_slot";
  await qi.sequelize.query(
    `UPDATE claims SET person_slot = ${joined} WHERE person_slot IS NOT NULL AND person_slot NOT LIKE '%|%'`,
  );
}

export async function down({ context: qi }: { context: QueryInterface }) {
  // Back to one slot per person and campaign: the earliest claim keeps the bare ID hash, later ones
  // (other periods, or slot k > 1) keep none, as the old unique key cannot hold them.
  const [rows] = (await qi.sequelize.query(
    "SELECT id, campaign_id, person_slot FROM claims WHERE person_slot LIKE '%|%' ORDER BY created_at, id",
  )) as [{ id: string; campaign_id: string; person_slot: string }[], unknown];
  const seen = new Set<string>();
  for (const r of rows) {
    const bare = r.person_slot.split('|')[0];
    const first = !seen.has(`${r.campaign_id}|${bare}`);
    seen.add(`${r.campaign_id}|${bare}`);
    await qi.sequelize.query('UPDATE claims SET person_slot = ? WHERE id = ?', {
      replacements: [first ? bare : null, r.id],
    });
  }
}
