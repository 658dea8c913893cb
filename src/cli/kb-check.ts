// `npm run kb:check`: validates knowledge/ and prints a count per kind; exits 1 naming each problem.
import { KnowledgeError, loadKnowledge } from '../knowledge/load.js';

try {
  const t0 = performance.now();
  const kb = loadKnowledge(process.argv[2]);
  const ms = performance.now() - t0;
  for (const [kind, n] of Object.entries(kb.counts)) console.log(`${kind.padEnd(14)} ${n}`);
  console.log(`${'figures'.padEnd(14)} ${kb.figureCount} from the articles, ${kb.dataFigureCount} from data sets`);
  // Entities and figures per source: what each article and data set contributes.
  const perSource = new Map<string, { entities: Set<string>; figures: number }>();
  for (const e of kb.entities.values())
    for (const f of [...e.figures, ...(e.data ?? [])]) {
      const row = perSource.get(f.source) ?? { entities: new Set<string>(), figures: 0 };
      row.entities.add(e.id);
      row.figures++;
      perSource.set(f.source, row);
    }
  for (const e of kb.entities.values()) {
    const extra = [
      e.kind === 'models' ? e.openness?.source : undefined,
      ...(e.kind === 'models' ? (e.components ?? []).map((c) => c.source) : []),
    ];
    for (const s of new Set(extra.filter((x): x is string => Boolean(x)))) {
      const row = perSource.get(s) ?? { entities: new Set<string>(), figures: 0 };
      row.entities.add(e.id);
      perSource.set(s, row);
    }
  }
  for (const [id, row] of [...perSource].sort())
    console.log(
      `  ${id.padEnd(14)} ${String(row.entities.size).padStart(5)} entities ${String(row.figures).padStart(6)} figures`,
    );
  console.log(`knowledge ok (${ms.toFixed(0)} ms)`);
} catch (e) {
  if (e instanceof KnowledgeError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
