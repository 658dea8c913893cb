// One leader among replicas sharing a Postgres database, for work only one of them may do (the Discord
// gateway: two connections with one token would answer every message twice). Leadership is a session-level
// advisory lock on a dedicated connection: it ends by itself when that replica dies or loses the database,
// and another replica, trying every few seconds, takes over.
import pg from 'pg';
import { log } from '../log.js';

/** How often a follower tries to become leader (and the leader checks its connection). */
export const LEADER_RETRY_MS = 5_000;

/** Advisory lock keys, one per kind of exclusive work. */
export const LEADER_LOCKS = { discordGateway: 7_311_002 } as const;

/** A running election; `stop` releases leadership (if held) and stops trying. */
export interface Election {
  readonly leading: boolean;
  stop(): Promise<void>;
}

/**
 * Tries to hold `lock` on `url`; calls `onLead` when this replica becomes leader and `onLose` when it stops being
 * one (its connection broke). Never throws: failures are logged and retried.
 */
export function elect(
  url: string,
  lock: number,
  handlers: { onLead: () => Promise<void>; onLose: () => Promise<void> },
  retryMs = LEADER_RETRY_MS,
): Election {
  let client: pg.Client | undefined;
  let leading = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const lose = async (why: string) => {
    if (!leading) return;
    leading = false;
    log.warn('leadership lost', { lock, why });
    await handlers.onLose().catch((err: unknown) => log.error('stopping leader work failed', { err }));
  };

  const attempt = async () => {
    if (stopped) return;
    try {
      if (!client) {
        const c = new pg.Client({ connectionString: url });
        c.on('error', (err) => {
          if (client === c) client = undefined;
          void lose(err.message);
        });
        await c.connect();
        client = c;
      }
      if (!leading) {
        const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS ok', [lock]);
        if (rows[0]?.ok === true && !stopped) {
          leading = true;
          log.info('leadership taken', { lock });
          await handlers.onLead();
        }
      } else await client.query('SELECT 1');
    } catch (err) {
      const broken = client;
      client = undefined;
      await broken?.end().catch(() => undefined);
      await lose((err as Error).message);
    } finally {
      if (!stopped) timer = setTimeout(() => void attempt(), retryMs);
    }
  };
  void attempt();

  return {
    get leading() {
      return leading;
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      if (leading) {
        leading = false;
        await handlers.onLose().catch((err: unknown) => log.error('stopping leader work failed', { err }));
      }
      await client?.end().catch(() => undefined);
      client = undefined;
    },
  };
}
