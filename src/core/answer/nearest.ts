// The things a declined question is nearest to: what it names or describes, then the best-matching facts.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Question } from '../understand/question.js';

/** Up to four entities near the question, for "Nearest things I know: …". */
export function nearestTo(index: KnowledgeIndex, q: Question): Entity[] {
  const seen = new Map<string, Entity>();
  for (const m of q.res.mentions) for (const id of m.ids) seen.set(id, index.entity(id)!);
  if (seen.size < 3) {
    const ranked = index.facts
      .map((f) => ({ e: f.entity, s: index.score(f, q.res.terms) }))
      .filter((x) => x.s > 0)
      .sort((a, b) => b.s - a.s);
    for (const r of ranked) {
      if (seen.size >= 4) break;
      seen.set(r.e.id, r.e);
    }
  }
  return [...seen.values()].filter(Boolean);
}
