// What a chart question is about: the models and companies it names, found through the data-set name index the
// rest of the engine uses (the articles' index knows only the hand-written entities, so "Llama 3.1 70B" or
// "Grok 2" would be unknown there), and the data sets it names as the source ("Epoch's notable models").
import type { Knowledge } from '../knowledge/load.js';
import { phraseKey } from '../knowledge/normalize.js';
import type { Entity } from '../knowledge/schema.js';
import { isEnglish } from '../knowledge/wordlists.js';
import type { DataNameIndex } from './datasets/names.js';
import type { Resolution } from './resolve.js';

/** The subjects of a chart question, or why it cannot be drawn for what it names. */
export interface ChartSubjects {
  entities: Entity[];
  /** Typed names neither index knows. */
  unknown: string[];
  /** A size or version the knowledge lacks ("Llama 3.2 90B"), with the versions it has. */
  unknownVariant?: { text: string; siblings: Entity[] };
  /** Data sets the question names as its source: only their figures are drawn. */
  sources: string[];
}

const isThing = (e: Entity | undefined): e is Entity => e?.kind === 'models' || e?.kind === 'organisations';

/** Words that name a data set: its name's or publisher's first word when not an ordinary word ("epoch", "litellm"). */
function sourceWords(kb: Knowledge): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const s of kb.sources.values()) {
    if (!s.publisher) continue;
    for (const text of [s.name, s.publisher]) {
      const first = phraseKey(text ?? '').split(' ')[0] ?? '';
      if (first.length < 3 || isEnglish(first)) continue;
      out.set(first, [...(out.get(first) ?? []), s.id]);
    }
    // A data set's full name ("open source ai index") names it too.
    const whole = phraseKey(s.name ?? '');
    if (whole.includes(' ')) out.set(whole, [...(out.get(whole) ?? []), s.id]);
  }
  return out;
}

const sourceWordsMemo = new WeakMap<Knowledge, Map<string, string[]>>();

/** The data sets a question names ("per Epoch", "LiteLLM's prices"), by id. */
export function namedSources(kb: Knowledge, text: string): string[] {
  let words = sourceWordsMemo.get(kb);
  if (!words) {
    words = sourceWords(kb);
    sourceWordsMemo.set(kb, words);
  }
  const key = ` ${phraseKey(text)} `;
  return [...new Set([...words].flatMap(([w, ids]) => (key.includes(` ${w} `) ? ids : [])))];
}

/** Entities a chart question names: by the data-set name index when there is one, else by the articles' mentions. */
export function chartSubjects(
  kb: Knowledge,
  res: Resolution,
  text: string,
  names: DataNameIndex | undefined,
): ChartSubjects {
  const sources = namedSources(kb, text);
  const articleNamed = res.mentions.filter((m) => m.via === 'alias' || m.via === 'fuzzy' || m.via === 'family');
  if (!names) {
    const badVersion = articleNamed.find((m) => m.versionUnknown);
    const entities = articleNamed.flatMap((m) => m.ids.map((id) => kb.entities.get(id)).filter(isThing));
    return {
      entities: unique(entities),
      unknown: res.unknownNames,
      sources,
      ...(badVersion ? { unknownVariant: { text: badVersion.text, siblings: entities } } : {}),
    };
  }
  const found = names.find(text, true);
  if (found.unknownVariant) return { entities: [], unknown: [], sources, unknownVariant: found.unknownVariant };
  // "Epoch's notable models": a data set named as the source is not a subject (Epoch AI is also a company).
  const sourceKeys = new Set(namedSourceWords(kb, text));
  const mentions = found.mentions.filter(
    (m) =>
      !phraseKey(m.text)
        .split(' ')
        .every((w) => sourceKeys.has(w)),
  );
  const entities = mentions.flatMap((m) => m.ids.map((id) => kb.entities.get(id)).filter(isThing));
  // Names the articles could not place stay unknown only when the data sets do not know them either.
  const covered = found.mentions.map((m) => phraseKey(m.text));
  const unknown = res.unknownNames.filter((n) => {
    const k = phraseKey(n);
    return !covered.some((c) => c.includes(k) || k.includes(c));
  });
  return { entities: unique(entities), unknown, sources };
}

/** The source words present in the text (for telling "Epoch" the data set from Epoch AI the company). */
function namedSourceWords(kb: Knowledge, text: string): string[] {
  const key = ` ${phraseKey(text)} `;
  const words = sourceWordsMemo.get(kb) ?? sourceWords(kb);
  return [...words.keys()].filter((w) => key.includes(` ${w} `)).flatMap((w) => w.split(' '));
}

function unique(entities: Entity[]): Entity[] {
  return [...new Map(entities.map((e) => [e.id, e])).values()];
}
