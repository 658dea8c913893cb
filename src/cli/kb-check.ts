// `npm run kb:check`: validates knowledge/ and prints a count per kind; exits 1 naming each problem.
import { KnowledgeError, loadKnowledge } from '../knowledge/load.js';

try {
  const t0 = performance.now();
  const kb = loadKnowledge(process.argv[2]);
  const ms = performance.now() - t0;
  for (const [kind, n] of Object.entries(kb.counts)) console.log(`${kind.padEnd(14)} ${n}`);
  console.log(`${'figures'.padEnd(14)} ${kb.figureCount}`);
  console.log(`knowledge ok (${ms.toFixed(0)} ms)`);
} catch (e) {
  if (e instanceof KnowledgeError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
