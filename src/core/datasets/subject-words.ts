// What a data-set question's words say about its subject: a first generation named before there was a second, a
// release only the data sets spell, how many versions continue a family name, whether an organisation is the
// subject, and the question with its names blanked out. Pure functions over names and text.
import { isGenerated } from '../../knowledge/index.js';
import { nameKey, phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import type { DataMention } from './names.js';

/** How many different versions continue a family name, dated releases of one version counted once:
 * "Mistral Large 2 / 3 / 2411" → 2 (2411 is a date), "Magistral Medium 1.2 2509 / 2506" → 1. */
export function distinctVersions(typed: string, models: Entity[]): number {
  const skip = phraseKey(typed).split(' ').length;
  const DATE = /^(\d{4}|\d{2}|v\d+|preview|latest|exp|fp8|\d{2}\.\d{2})$/;
  const firsts = new Set<string>();
  for (const m of models) {
    // "32 b" is a size ("Qwen2.5-32B"), not a two-digit date.
    const rest = nameKey(m)
      // "8 x 22 b" is one size, experts × size ("Mixtral 8x22B"), not the version "8" every Mixtral shares.
      .replace(/\b(\d+) x (\d+(?:\.\d+)?) ([bmkt])\b/g, '$1x$2$3')
      .replace(/\b(\d+(?:\.\d+)?) ([bmkt])\b/g, '$1$2')
      // "k 2.5" is the one version "K2.5" ("Kimi K2.5" vs "Kimi K2"), not a word "k" every version shares; a "v"
      // stays apart, where it tags a revision ("v0.1") read as a date below.
      .replace(/\b([a-uw-z]) (\d+(?:\.\d+)?)\b/g, '$1$2')
      .split(' ')
      .slice(skip)
      .filter((w) => !DATE.test(w));
    if (rest[0]) firsts.add(rest[0]);
  }
  return firsts.size;
}

/** The one sibling whose name is the typed name with a first-generation "1" after its first word ("Baichuan 7B" →
 * "Baichuan-1-7B"); a size or a later version typed stays unknown. */
export function firstGeneration(typed: string, siblings: Entity[]): Entity | undefined {
  const [head, ...rest] = phraseKey(typed).split(' ');
  if (!head || !rest.length) return undefined;
  const want = [head, '1', ...rest].join(' ');
  const hits = siblings.filter((e) => phraseKey(e.name) === want);
  return hits.length === 1 ? hits[0] : undefined;
}

/** The one sibling whose name holds every typed word in order and adds only an acronym ("Megatron-Turing 530B" →
 * "Megatron-Turing NLG 530B"): the typed size or version is the sibling's own, never another one's. */
export function fullerName(typed: string, siblings: Entity[]): Entity | undefined {
  const want = phraseKey(typed).split(' ');
  if (want.length < 2 || !want.some((w) => /\d/.test(w))) return undefined;
  const holds = (e: Entity) => {
    const have = phraseKey(e.name).split(' ');
    let k = 0;
    for (const w of have) {
      if (w === want[k]) k++;
      // Only an acronym may be left out ("NLG"); a word ("Lumimaid", "Lite") names another model, a fine-tune.
      else if (/\d/.test(w) || w.length > 4 || !e.name.includes(w.toUpperCase())) return false;
    }
    return k === want.length;
  };
  const hits = siblings.filter((e) => e.kind === 'models' && holds(e));
  return hits.length === 1 ? hits[0] : undefined;
}

/** Serving words at the end of a name key ("… instruct", "… chat hf"). */
const SERVING_TAIL = /( (instruct|chat|hf|it))+$/;
/** An entity's own name keys and its data-set names' keys (provider id's last part, serving words dropped), worked
 * out once per entity: `dataOnlyName` is asked of every candidate subject of every question. */
const NAME_KEYS = new WeakMap<Entity, { own: string[]; data: string[] }>();
function nameKeysOf(e: Entity): { own: string[]; data: string[] } {
  let keys = NAME_KEYS.get(e);
  if (!keys) {
    keys = {
      own: [e.name, ...e.aliases].map((n) => phraseKey(n)),
      data: (e.dataAliases ?? []).map((n) => phraseKey(n.slice(n.lastIndexOf('/') + 1)).replace(SERVING_TAIL, '')),
    };
    NAME_KEYS.set(e, keys);
  }
  return keys;
}

/** A release named as only the data sets write it ("Mistral-7B-v0.1" of the articles' "Mistral 7B"): the typed name is
 * one of the data sets' own names for the entity (a provider id's last part included) and runs on past one of the
 * hand-written names with a version, so the articles cannot tell it apart. A shorthand ("palm 540") is not. */
export function dataOnlyName(e: Entity, typed: string): boolean {
  if (!typed || isGenerated(e)) return false;
  const key = phraseKey(typed).replace(SERVING_TAIL, '');
  const { own, data } = nameKeysOf(e);
  return (
    !own.includes(key) &&
    data.includes(key) &&
    own.some((k) => key.startsWith(`${k} `) && /\d/.test(key.slice(k.length)))
  );
}

/** The question with the names it mentions blanked out, for reading what it asks. */
export function withoutNames(q: string, mentions: DataMention[]): string {
  let out = q;
  // A question naming dozens of things is read as written (blanking each would copy it as often).
  if (mentions.length > 12) return q;
  for (const m of mentions) {
    const at = out.indexOf(m.text.toLowerCase());
    if (at >= 0) out = `${out.slice(0, at)} ${out.slice(at + m.text.length)}`;
  }
  return out;
}

/** The noun a verb asks for: "invested" → investment, "spent" → spending. */
export function nounFor(word: string): string {
  if (/^invest/.test(word)) return 'investment';
  if (/^(spend|spent)$/.test(word)) return 'spending';
  if (/^rais/.test(word)) return 'money raised';
  if (/^train/.test(word)) return 'training cost';
  if (/^fund/.test(word)) return 'funding';
  if (/^valu/.test(word)) return 'valuation';
  return word;
}

/** Whether a question is about an organisation itself: "xAI's …", "did Cohere …", "Cohere raise…". */
export function orgIsSubject(org: Entity, q: string): boolean {
  const names = [org.name, ...org.aliases].map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const alt = names.join('|');
  return new RegExp(
    `\\b(did|does|do|is|was|has|of|for|about)\\s+(${alt})\\b|\\b(${alt})['’]s\\b|^(${alt})\\b|\\b(${alt})\\s+(spend|spent|raise|raised|make|earn|train|pay|paid|charge)`,
  ).test(q);
}
