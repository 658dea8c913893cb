// `npm run soak`: replicas under faults, many trials per kind, each trial on a fresh database of one real
// PostgreSQL server. A trial kind is one function (trial context in, results out) so kinds are added without
// touching the others. Exit code 1 on any trial that double-posted or lost a slot.
//   SOAK_TRIALS  trials per kind (default 30)     SOAK_KINDS  comma-separated kinds to run (default: all)
import { setLogLevel } from '../../src/log.js';
import { startPostgres } from '../support/postgres-server.js';
import { start as startStandin } from '../support/slack-standin.js';
import { digestKillTrials, type TrialContext, type TrialResult } from './digest-kill.js';

setLogLevel('error');
const TRIALS = Number(process.env.SOAK_TRIALS ?? 30);

/** Every trial kind: name → runs `trials` of it, reporting each. */
const KINDS: Record<
  string,
  (ctx: TrialContext, trials: number, report: (n: number, r: TrialResult) => void) => Promise<TrialResult[]>
> = {
  'postgres-digest-kill': digestKillTrials,
};

const chosen = process.env.SOAK_KINDS ? process.env.SOAK_KINDS.split(',') : Object.keys(KINDS);
const server = await startPostgres();
const standin = await startStandin();
let failures = 0;
try {
  for (const kind of chosen) {
    const run = KINDS[kind];
    if (!run) throw new Error(`unknown soak kind ${kind}; known: ${Object.keys(KINDS).join(', ')}`);
    const phases: Record<string, number> = {};
    const results = await run({ serverUrl: server.url, standin }, TRIALS, (n, r) => {
      phases[r.phase] = (phases[r.phase] ?? 0) + 1;
      console.log(
        `${kind} ${String(n).padStart(2)}: kill ${r.phase.padEnd(20)} → ${r.status}, ${r.posts} post(s)${r.ok ? '' : '  ✗'}`,
      );
    });
    const failed = results.filter((r) => !r.ok).length;
    failures += failed;
    console.log(`${kind}: ${results.length} trials, ${failed} failed; kills landed: ${JSON.stringify(phases)}`);
  }
} finally {
  await standin.close();
  await server.stop();
}
process.exit(failures ? 1 : 0);
