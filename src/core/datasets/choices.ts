// Which data-set models a question leaves to choose between: versions that have what is asked (a training figure, a
// token price, an openness grade), a provider named narrowing them, twins of one model imported under one name, and
// the order they are offered in. The data-set answerer asks back, answers or declines from these.
import { nameKey, phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import { isEnglish } from '../../knowledge/wordlists.js';
import { dataFigures } from './figures.js';
import type { DataIntent } from './intent.js';
import { modelPrices } from './price-answers.js';
import { trainingAsked } from './training-answers.js';

/** Words that ask for a token price. */
export const PRICED_WORDS =
  /\b(price|prices|pricing|priced|charge|charges|charging|per[- ]?m|per[- ]million|mtok|input|output|cached|api|token costs?)\b|\$\/m/;

/** Intents about token prices, where a family name alone is ambiguous. */
export const PRICED = new Set<DataIntent>(['price', 'token-cost', 'cheapest-provider']);

/** Up to eight models to choose from, one per name, shorter (base) names before longer variants, the most widely
 * sold first among equals. */
export function baseNamesFirst(models: Entity[]): Entity[] {
  const size = (e: Entity) => nameKey(e).split(' ').length;
  const sellers = (e: Entity) => new Set((e.data ?? []).map((f) => f.provider).filter(Boolean)).size;
  const unique = models.filter((e, k) => models.findIndex((o) => o.name === e.name) === k);
  return unique.sort((a, b) => size(a) - size(b) || sellers(b) - sellers(a)).slice(0, 8);
}

/** The choosing rules over the data sets' models. */
export function createChoices(models: Entity[], entity: (id: string) => Entity | undefined) {
  // Each distinctive word of a provider's name ("dashscope" of "Alibaba Cloud (DashScope)") → the providers it names.
  let providerWords: Map<string, Set<string>> | undefined;
  /** The providers a question names by a distinctive word of their name. */
  function providersIn(q: string): Set<string> {
    if (!providerWords) {
      providerWords = new Map();
      for (const e of models)
        for (const f of e.data ?? []) {
          if (!f.provider) continue;
          for (const w of phraseKey(f.provider).split(' ')) {
            if (w.length < 4 || isEnglish(w)) continue;
            const set = providerWords.get(w) ?? new Set<string>();
            set.add(f.provider);
            providerWords.set(w, set);
          }
        }
    }
    const out = new Set<string>();
    for (const w of phraseKey(q).split(' ')) for (const p of providerWords.get(w) ?? []) out.add(p);
    return out;
  }

  /** Whether a model has what a data-set question of this kind asks: a training figure, a token price, an openness
   * grade (from the data set named, when one is). */
  function hasAsked(intent: DataIntent, e: Entity, q: string, sources: Set<string>): boolean {
    if (e.kind !== 'models') return intent === 'chip' && e.kind === 'chips';
    if (intent === 'training') {
      const want = trainingAsked(q);
      return (want.length ? want : ['parameters', 'training_compute', 'training_cost']).some(
        (m) => dataFigures(e, m).length > 0 || (m === 'hardware' && e.chip !== undefined),
      );
    }
    if (PRICED.has(intent)) return modelPrices(e, entity).length > 0;
    if (intent === 'openness') {
      if (sources.has('mot')) return Boolean(e.components?.length);
      if (sources.has('osai-index')) return Boolean(e.openness);
      return Boolean(e.openness || e.components?.length || e.access);
    }
    return true;
  }

  /** What a data-set question of this kind asks for, in words for a decline. */
  function askedNoun(intent: DataIntent, q: string, sources: Set<string>): string {
    if (intent === 'training') return (trainingAsked(q)[0] ?? 'training figures').replace(/_/g, ' ');
    if (PRICED.has(intent)) return 'token price';
    if (intent === 'openness')
      return sources.has('mot')
        ? 'Model Openness Tool entry'
        : sources.has('osai-index')
          ? 'OSAI index grades'
          : 'openness grades';
    return 'figures';
  }

  /** Entities sharing one name ("GLM 5.1" from Epoch and from a price list) are one model imported twice, not a
   * choice to put to the user: the one with what the question asks (a training figure, prices), else the fullest. */
  function oneOfSameName(s: Entity[], q: string): Entity[] {
    if (s.length < 2 || new Set(s.map(nameKey)).size > 1) return s;
    const training = trainingAsked(q).filter((m) => m !== 'training_cost' || !PRICED_WORDS.test(q));
    const score = (e: Entity) =>
      (training.some((m) => dataFigures(e, m).length) ? 4 : 0) +
      (PRICED_WORDS.test(q) && modelPrices(e, entity).length ? 2 : 0) +
      ((e.data ?? []).some((f) => f.source === 'epoch-models') ? 1 : 0);
    const best = [...s].sort((a, b) => score(b) - score(a) || (b.data?.length ?? 0) - (a.data?.length ?? 0))[0]!;
    return [best];
  }

  return { providersIn, hasAsked, askedNoun, oneOfSameName };
}
