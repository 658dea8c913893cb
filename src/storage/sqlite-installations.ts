// The SQLite side of Slack installations (migration 7): one row per workspace or org-wide install, and the
// uninstall that drops it together with the workspace's digest subscriptions.
import type Database from 'better-sqlite3';
import { installationKey, type SlackInstallationRecord, type Store } from './store.js';

type Row = Record<string, unknown>;

/** Store methods as better-sqlite3 runs them, synchronously; openSqliteStore makes them async in one place. */
type Sync<T> = { [K in keyof T]: T[K] extends (...a: infer A) => Promise<infer R> ? (...a: A) => R : never };

/** A stored row as the record the Store hands out. */
function toInstallation(r: Row): SlackInstallationRecord {
  return {
    teamId: typeof r.team_id === 'string' ? r.team_id : undefined,
    enterpriseId: typeof r.enterprise_id === 'string' ? r.enterprise_id : undefined,
    isEnterpriseInstall: r.is_enterprise_install === 1,
    json: String(r.installation),
    installedAt: new Date(Number(r.installed_at)),
  };
}

/** The installation methods of the SQLite Store over an open, migrated database. */
export function sqliteInstallations(
  db: Database.Database,
): Sync<Pick<Store, 'putInstallation' | 'getInstallation' | 'removeInstallation'>> {
  const q = {
    put: db.prepare(
      `INSERT INTO slack_installations (key, team_id, enterprise_id, is_enterprise_install, installation, installed_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(key) DO UPDATE SET team_id = excluded.team_id, enterprise_id = excluded.enterprise_id,
         is_enterprise_install = excluded.is_enterprise_install, installation = excluded.installation,
         installed_at = excluded.installed_at`,
    ),
    get: db.prepare('SELECT * FROM slack_installations WHERE key = ?'),
    del: db.prepare('DELETE FROM slack_installations WHERE key = ?'),
    // An org-wide install owns every subscription made in its org; a workspace install those of its team.
    delStatesOfTeam: db.prepare(
      `DELETE FROM digest_state WHERE subscription_id IN
         (SELECT id FROM subscriptions WHERE platform = 'slack' AND team_id = ?)`,
    ),
    delSubsOfTeam: db.prepare(`DELETE FROM subscriptions WHERE platform = 'slack' AND team_id = ?`),
    delStatesOfOrg: db.prepare(
      `DELETE FROM digest_state WHERE subscription_id IN
         (SELECT id FROM subscriptions WHERE platform = 'slack' AND enterprise_id = ?)`,
    ),
    delSubsOfOrg: db.prepare(`DELETE FROM subscriptions WHERE platform = 'slack' AND enterprise_id = ?`),
  };
  const removeTx = db.transaction((key: string, org: string | undefined, team: string | undefined) => {
    const installation = q.del.run(key).changes > 0;
    let subscriptions = 0;
    if (org) {
      q.delStatesOfOrg.run(org);
      subscriptions = q.delSubsOfOrg.run(org).changes;
    } else if (team) {
      q.delStatesOfTeam.run(team);
      subscriptions = q.delSubsOfTeam.run(team).changes;
    }
    return { installation, subscriptions };
  });
  return {
    putInstallation(record) {
      const key = installationKey(record);
      if (!key) throw new Error('a Slack installation needs a team id, or an enterprise id for an org-wide install');
      q.put.run(
        key,
        record.teamId ?? null,
        record.enterpriseId ?? null,
        record.isEnterpriseInstall ? 1 : 0,
        record.json,
        record.installedAt.getTime(),
      );
    },
    getInstallation(workspace) {
      const key = installationKey(workspace);
      const r = key ? (q.get.get(key) as Row | undefined) : undefined;
      return r ? toInstallation(r) : undefined;
    },
    removeInstallation(workspace) {
      const key = installationKey(workspace);
      if (!key) return { installation: false, subscriptions: 0 };
      const org = workspace.isEnterpriseInstall ? workspace.enterpriseId : undefined;
      return removeTx(key, org, workspace.teamId);
    },
  };
}
