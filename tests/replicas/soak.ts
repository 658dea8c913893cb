// `npm run soak`: two digest replicas under faults, many trials per kind, each trial on a fresh database. By
// default the database is a SQLite file; with DATABASE_URL (a server it may create databases on) or --postgres
// (a real PostgreSQL server started here) it is Postgres. A trial kind is one function (trial context in,
// results out) so kinds are added without touching the others. Prints duplicates and losses; exit code 1 when
// either is above 0.
//   SOAK_TRIALS  trials per kind (default 100)     SOAK_KINDS  comma-separated kinds to run (default: per database)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setLogLevel } from '../../src/log.js';
import { startPostgres } from '../support/postgres-server.js';
import { start as startStandin } from '../support/slack-standin.js';
import { digestKillTrials, POST_FAULTS, type TrialContext, type TrialResult } from './digest-kill.js';

setLogLevel('error');
const TRIALS = Number(process.env.SOAK_TRIALS ?? 100);
const postgres = Boolean(process.env.DATABASE_URL) || process.argv.includes('--postgres');

type Kind = (ctx: TrialContext, trials: number, report: (n: number, r: TrialResult) => void) => Promise<TrialResult[]>;
/** A kill at a random moment while Slack is slow, fails, hangs or lands-then-errors on the first post. */
const killUnderFaults: Kind = (ctx, trials, report) =>
  digestKillTrials(ctx, trials, report, {
    faults: Object.keys(POST_FAULTS),
    learnt: (fault, t) =>
      console.log(`${fault}: claimed at ${t.claimed} ms, posted at ${t.posted} ms, sent at ${t.sent} ms`),
  });

/** Every trial kind: name → runs `trials` of it, reporting each. */
const KINDS: Record<string, Kind> = postgres
  ? { 'postgres-digest-kill': killUnderFaults }
  : { 'sqlite-digest-kill': killUnderFaults };

const chosen = process.env.SOAK_KINDS ? process.env.SOAK_KINDS.split(',') : Object.keys(KINDS);
const server = postgres && !process.env.DATABASE_URL ? await startPostgres() : undefined;
const sqliteDir = postgres ? undefined : mkdtempSync(join(tmpdir(), 'aiecon-soak-'));
const standin = await startStandin();
let duplicates = 0;
let losses = 0;
try {
  for (const kind of chosen) {
    const run = KINDS[kind];
    if (!run) throw new Error(`unknown soak kind ${kind}; known: ${Object.keys(KINDS).join(', ')}`);
    const phases: Record<string, number> = {};
    const faults: Record<string, number> = {};
    const victims: Record<string, number> = {};
    const ctx: TrialContext = { serverUrl: process.env.DATABASE_URL ?? server?.url, sqliteDir, standin };
    const results = await run(ctx, TRIALS, (n, r) => {
      phases[r.phase] = (phases[r.phase] ?? 0) + 1;
      faults[r.fault] = (faults[r.fault] ?? 0) + 1;
      victims[r.victim] = (victims[r.victim] ?? 0) + 1;
      console.log(
        `${kind} ${String(n).padStart(3)}: ${r.fault.padEnd(17)} kill ${r.victim.padEnd(9)} ${r.phase.padEnd(20)} → ${r.status}, ${r.posts} post(s)${r.ok ? '' : '  ✗'}`,
      );
    });
    const dup = results.filter((r) => r.posts > 1).length;
    const lost = results.filter((r) => r.posts === 0 || r.status !== 'sent').length;
    duplicates += dup;
    losses += lost;
    console.log(
      `${kind}: ${results.length} trials; faults ${JSON.stringify(faults)}; kills landed ${JSON.stringify(phases)}; killed ${JSON.stringify(victims)}`,
    );
    console.log(`${kind}: duplicates ${dup}, losses ${lost}`);
  }
} finally {
  await standin.close();
  await server?.stop();
  if (sqliteDir) rmSync(sqliteDir, { recursive: true, force: true });
}
console.log(`soak: duplicates ${duplicates}, losses ${losses}`);
process.exit(duplicates || losses ? 1 : 0);
