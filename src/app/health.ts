// Liveness and readiness for orchestrators: GET /healthz answers while the process runs; GET /readyz only when
// the knowledge is loaded, the store answers and every platform's credentials were accepted, and not while
// shutting down. Served on the Slack HTTP port (Bolt customRoutes) and on HEALTH_PORT when set.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One readiness condition; a throw or a slow answer counts as not ready. */
export type ReadinessCheck = () => boolean | Promise<boolean>;

/** A check taking longer than this is reported as failed, so a hung store cannot hang the probe. */
export const READINESS_CHECK_TIMEOUT_MS = 2_000;

export const HEALTH_PATHS = { live: '/healthz', ready: '/readyz' } as const;

async function run(check: ReadinessCheck, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      Promise.resolve().then(check),
      new Promise<boolean>((resolve) => {
        timer = setTimeout(resolve, timeoutMs, false);
      }),
    ]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** The process's health: named readiness checks plus the draining flag. */
export class Health {
  private readonly checks = new Map<string, ReadinessCheck>();
  private draining = false;

  constructor(private readonly checkTimeoutMs = READINESS_CHECK_TIMEOUT_MS) {}

  /** Adds or replaces a named check (`knowledge`, `store`, `slack`, `discord`). */
  check(name: string, check: ReadinessCheck): this {
    this.checks.set(name, check);
    return this;
  }

  /** From now on /readyz answers 503 so no new traffic is routed here. */
  startDraining(): void {
    this.draining = true;
  }

  async readiness(): Promise<{ ready: boolean; checks: Record<string, boolean>; draining: boolean }> {
    const names = [...this.checks.keys()];
    const results = await Promise.all(names.map((n) => run(this.checks.get(n)!, this.checkTimeoutMs)));
    const checks = Object.fromEntries(names.map((n, i) => [n, results[i]!]));
    return { ready: !this.draining && results.every(Boolean), checks, draining: this.draining };
  }

  /** Node request handler for both paths; anything else is 404. */
  readonly handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') send(405, { error: 'method not allowed' });
    else if (path === HEALTH_PATHS.live) send(200, { status: 'ok' });
    else if (path !== HEALTH_PATHS.ready) send(404, { error: 'not found' });
    else
      void this.readiness().then(
        (r) => send(r.ready ? 200 : 503, { status: r.ready ? 'ready' : 'not ready', ...r }),
        () => send(503, { status: 'not ready' }),
      );
  };

  /** Bolt HTTPReceiver `customRoutes` serving both paths next to /slack/events. */
  boltRoutes(): Array<{
    path: string;
    method: string[];
    handler: (req: IncomingMessage, res: ServerResponse) => void;
  }> {
    return Object.values(HEALTH_PATHS).map((path) => ({ path, method: ['GET'], handler: this.handle }));
  }
}

/** A small server with only the health paths (Socket Mode, Discord-only or terminal runs). */
export async function startHealthServer(
  health: Health,
  port: number,
  host = '0.0.0.0',
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer(health.handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
