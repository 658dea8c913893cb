// The Postgres side of Slack installations (Postgres migration 5): one row per workspace or org-wide install,
// and the uninstall that drops it together with the workspace's digest subscriptions in one transaction.
import type pg from 'pg';
import { installationKey, type SlackInstallationRecord, type Store } from './store.js';

type Row = Record<string, unknown>;

/** A stored row as the record the Store hands out (BIGINT arrives as a string). */
function toInstallation(r: Row): SlackInstallationRecord {
  return {
    teamId: typeof r.team_id === 'string' ? r.team_id : undefined,
    enterpriseId: typeof r.enterprise_id === 'string' ? r.enterprise_id : undefined,
    isEnterpriseInstall: r.is_enterprise_install === true,
    json: String(r.installation),
    installedAt: new Date(Number(r.installed_at)),
  };
}

/** The installation methods of the Postgres Store over its pool. */
export function pgInstallations(
  pool: pg.Pool,
): Pick<Store, 'putInstallation' | 'getInstallation' | 'removeInstallation'> {
  return {
    async putInstallation(record) {
      const key = installationKey(record);
      if (!key) throw new Error('a Slack installation needs a team id, or an enterprise id for an org-wide install');
      await pool.query(
        `INSERT INTO slack_installations (key, team_id, enterprise_id, is_enterprise_install, installation, installed_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
           is_enterprise_install = excluded.is_enterprise_install, installation = excluded.installation,
           installed_at = excluded.installed_at`,
        [
          key,
          record.teamId ?? null,
          record.enterpriseId ?? null,
          record.isEnterpriseInstall === true,
          record.json,
          record.installedAt.getTime(),
        ],
      );
    },
    async getInstallation(workspace) {
      const key = installationKey(workspace);
      if (!key) return undefined;
      const { rows } = await pool.query('SELECT * FROM slack_installations WHERE key = $1', [key]);
      return rows[0] ? toInstallation(rows[0] as Row) : undefined;
    },
    async removeInstallation(workspace) {
      const key = installationKey(workspace);
      if (!key) return { installation: false, subscriptions: 0 };
      // An org-wide install owns every subscription made in its org; a workspace install those of its team.
      const org = workspace.isEnterpriseInstall ? workspace.enterpriseId : undefined;
      const [column, owner] = org ? ['enterprise_id', org] : ['team_id', workspace.teamId];
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const installation =
          ((await client.query('DELETE FROM slack_installations WHERE key = $1', [key])).rowCount ?? 0) > 0;
        await client.query(
          `DELETE FROM digest_state WHERE subscription_id IN
             (SELECT id FROM subscriptions WHERE platform = 'slack' AND ${column} = $1)`,
          [owner],
        );
        const subs = await client.query(`DELETE FROM subscriptions WHERE platform = 'slack' AND ${column} = $1`, [
          owner,
        ]);
        await client.query('COMMIT');
        return { installation, subscriptions: subs.rowCount ?? 0 };
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
  };
}
