// A name that is also a family of sizes ("CodeT5+" beside CodeT5+-220M … -16B, "ERNIE 3.0" beside ERNIE 3.0 Titan,
// "olmo" beside OLMo-1B, OLMo-7B, Olmo 3): a training figure asked of it depends on the member meant, so the data
// set's row under the bare name (often its largest release) is one candidate among its siblings, not the answer.
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';

/** A size right after the family's words in a name key: "16 b", "220 m", "8 x 7 b" (not "32 k", a context length). */
const SIZE_FIRST = /^\d+(\.\d+)? (x \d+(\.\d+)? )?[bmt]( |$)/;
/** A size written anywhere in a typed name: the name is one member already ("Llama 3.1 405B"). */
const SIZE_TYPED = /\b\d+(\.\d+)? (x \d+(\.\d+)? )?[bmt]\b/;

/** `"+"` written as a word, as the name index keys it ("CodeT5+" → "codet5 plus"). */
function plusWord(text: string): string {
  return text.includes('+') ? text.replace(/([a-z0-9])\+(?![a-z0-9])/gi, '$1 plus') : text;
}

/** Whether a typed name is a model's own name ("Kimi K2", "CodeT5+"), not an alias or a family prefix of it. */
export function ownName(typed: string, e: Entity): boolean {
  return phraseKey(plusWord(typed)) === phraseKey(plusWord(e.name));
}

/** The words after a typed name in the first of a model's names that continues it ("16 b" of CodeT5+-16B). */
export function continuation(typedKey: string, e: Entity): string | undefined {
  for (const n of [e.name, ...e.aliases]) {
    const key = phraseKey(plusWord(n));
    if (key.startsWith(`${typedKey} `)) return key.slice(typedKey.length + 1);
  }
  return undefined;
}

/** What a family ask needs: the typed name, the entity it resolved to, the models continuing the name, and whether a
 * member holds the figure asked (with its value, to tell members apart). */
export interface SizedFamilyInput {
  typed: string;
  subject: Entity;
  versions: Entity[];
  /** The asked figure's value(s) a model holds, or none. */
  figureOf: (e: Entity) => string | undefined;
}

/** The members to ask between when a training figure is asked of a name its siblings extend with a size, or with a
 * variant holding the figure at another value; undefined when the name is one model (a size typed, no such
 * sibling, or fewer than two members to offer). The subject comes first when it holds the figure itself. */
export function sizedFamilyMembers({
  typed,
  subject,
  versions: all,
  figureOf,
}: SizedFamilyInput): Entity[] | undefined {
  const key = phraseKey(plusWord(typed));
  if (!key || SIZE_TYPED.test(key) || subject.kind !== 'models') return undefined;
  // Another maker's model under a longer name ("GPT3-2.7B" by Stanford beside OpenAI's GPT-3) is no size of it.
  const org = (e: Entity) => (e as { org?: string }).org;
  const versions = all.filter((v) => !org(v) || !org(subject) || org(v) === org(subject));
  const own = figureOf(subject);
  const sized = versions.filter((v) => SIZE_FIRST.test(continuation(key, v) ?? ''));
  // A sibling named by a word of its own ("ERNIE 3.0 Titan"), with a row of its own giving another value (260B
  // against ERNIE 3.0's 10B); a later version ("PaLM 2") or a one-letter variant ("PaLM-E") is another model.
  const differing = versions.filter((v) => {
    const theirs = figureOf(v);
    return theirs !== undefined && theirs !== own && /^[a-z]{3,}$/.test(firstWord(continuation(key, v) ?? ''));
  });
  if (!sized.length && !(own !== undefined && differing.length)) return undefined;
  // No member holding the figure: nothing to choose between, the name's decline stands.
  if (own === undefined && !versions.some((v) => figureOf(v) !== undefined)) return undefined;
  // Every sibling is a candidate: those holding the figure first, then the shortest names (the base sizes).
  const words = (e: Entity) => (continuation(key, e) ?? '').split(' ').length;
  const rest = versions
    .filter((v) => !figureOf(v))
    .sort((a, b) => Number(sized.includes(b)) - Number(sized.includes(a)) || words(a) - words(b));
  const members = [...(own !== undefined ? [subject] : []), ...versions.filter(figureOf), ...rest];
  const unique = members.filter((e, k) => members.findIndex((o) => o.name === e.name) === k);
  const others = unique.filter((e) => e.id !== subject.id);
  // Members differ by the first word after the name, a size read as one word ("16b", "8x7b"); the subject named
  // exactly as typed is a member of its own.
  const firsts = new Set(others.map((e) => firstWord(continuation(key, e) ?? '')).filter(Boolean));
  const ownCounts = own !== undefined && !continuation(key, subject) ? 1 : 0;
  return firsts.size + ownCounts >= 2 ? unique : undefined;
}

/** The first word of a continuation, a size read as one ("8 x 7 b think" → "8x7b"). */
function firstWord(rest: string): string {
  return (
    rest
      .replace(/^(\d+) x (\d+(?:\.\d+)?) ([bmt])\b/, '$1x$2$3')
      .replace(/^(\d+(?:\.\d+)?) ([bmt])\b/, '$1$2')
      .split(' ')[0] ?? ''
  );
}
