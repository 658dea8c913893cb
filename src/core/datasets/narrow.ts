// One name, several entities: a price list's "Mistral Large 3" and the index's graded release, a chip code several
// chips share ("P100"), two lists' copies of one model. The entity holding what the question asks for answers;
// a named entity lacking it gives way to the one namesake that has it.
import { isGenerated } from '../../knowledge/index.js';
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import { CHIP_METRICS } from './chip-answers.js';
import { dataFigures } from './figures.js';
import type { DataIntent } from './intent.js';
import type { DataNameIndex } from './names.js';
import { modelPrices } from './price-answers.js';
import { trainingAsked } from './training-answers.js';

/** Intents about token prices. */
const PRICED = new Set<DataIntent>(['price', 'token-cost', 'cheapest-provider']);

/** What narrowing reads: the name index, entities, and the metrics and data sets a question names. */
export interface NarrowContext {
  names: DataNameIndex;
  entity: (id: string) => Entity | undefined;
  metricsIn: (q: string) => string[];
  sourcesOf: (q: string) => Set<string>;
}

/** Builds `narrowTo(candidates, intent, question, typed name)`. */
export function createNarrower(ctx: NarrowContext) {
  /** Whether an entity holds what an intent answers with. */
  function holds(e: Entity, intent: DataIntent, q: string): boolean {
    if (e.kind === 'chips') {
      // "what did a P100 list for": of the chips named P100, the one with a list price.
      const want = ctx.metricsIn(q).filter((m) => CHIP_METRICS.has(m));
      if (/\b(price|priced|cost|list|msrp)\b/.test(q) && !want.length) want.push('release_price');
      return want.length === 0 || want.some((m) => (e.data ?? []).some((f) => f.metric === m));
    }
    if (e.kind !== 'models') return intent !== 'chip';
    if (intent === 'openness') {
      const src = ctx.sourcesOf(q);
      if (src.has('mot')) return Boolean(e.components?.length);
      if (src.has('osai-index')) return Boolean(e.openness);
      return Boolean(e.openness || e.components?.length);
    }
    if (PRICED.has(intent)) return modelPrices(e, ctx.entity).length > 0;
    if (intent === 'training') {
      const want = trainingAsked(q).filter((m) => m !== 'access' && m !== 'organisation');
      if (!want.length) return (e.data ?? []).some((f) => f.source === 'epoch-models') || Boolean(e.org_as_written);
      return want.some((m) => dataFigures(e, m).length > 0 || (m === 'hardware' && Boolean(e.chip)));
    }
    return true;
  }

  /** One mention's candidates narrowed to those holding the intent's answer: the one, or the one named exactly as
   * typed; a lone generated candidate lacking it gives way to the one namesake that has it. */
  function narrowTo(cands: Entity[], intent: DataIntent, q: string, typed: string): Entity[] {
    if (cands.length === 1) {
      const e = cands[0]!;
      if (e.kind !== 'models' || !isGenerated(e) || holds(e, intent, q)) return cands;
      const namesakes = [e.name, ...e.aliases]
        // The index's system name ("gpt-oss", "Mistral Large 3") stands for its graded release only for openness.
        .flatMap((n) => ctx.names.idsFor(n, intent === 'openness'))
        .filter((id, k, all) => id !== e.id && all.indexOf(id) === k)
        .map((id) => ctx.entity(id))
        .filter((x): x is Entity => x?.kind === 'models' && holds(x, intent, q));
      return namesakes.length === 1 ? namesakes : cands;
    }
    // An article entity among them keeps the articles' way of asking which (or answering).
    if (cands.some((e) => !isGenerated(e))) return cands;
    const have = cands.filter((e) => holds(e, intent, q));
    if (have.length <= 1) return have.length ? have : cands;
    const exact = have.filter((e) => phraseKey(e.name) === phraseKey(typed));
    return exact.length === 1 ? exact : have;
  }

  return narrowTo;
}
