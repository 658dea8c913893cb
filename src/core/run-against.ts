// A calculation's result set against a sourced amount the question names in a second part: "…and how does it stack
// up vs Epoch's cloud estimate?", "what % of Epoch's 2023-USD cost estimate is that?", "…vs their headline number".
// The amount is one of Epoch's cost methods when a method is named, else every method Epoch gives.
import { cuePattern } from '../knowledge/cues.js';
import type { Knowledge } from '../knowledge/load.js';
import type { Entity } from '../knowledge/schema.js';
import type { Citer } from './cite.js';
import { formatMoney, trimNumber } from './format.js';
import { againstLine, shareLine } from './replies.js';
import { epochCosts, type SourcedQuantity } from './understand/sourced-quantities.js';

/** Epoch's cost methods by the words that name them ("cloud", "2023 USD", "upfront"). */
const METHODS: Array<{ method: string; words: RegExp }> = [
  { method: 'cloud', words: /\b(?:cloud|rental|rented|renting)\b/ },
  { method: 'amortised', words: /\b(?:amorti[sz]\w*|2023[- ]?(?:usd|dollars?|\$)|hardware (?:\+|and) energy)\b/ },
  { method: 'upfront', words: /\b(?:upfront|up-front|purchase|acquisition)\b/ },
];
/** A share asked ("what % of", "as a share of") rather than a comparison. */
const SHARE = /%|\bpercent|\bshare\b|\bfraction\b|\bportion\b/;

/** A second part that sets the result against something (cue `against-sourced`, or "what %" / "% of", which the cue
 * reader cannot see). */
export function againstAsked(cues: ReadonlySet<string>, plain: string): boolean {
  return cues.has('against-sourced') || /\bwhat\s*%|%\s*of\b/.test(plain);
}

/** The cue's pattern per knowledge, for answerers that read the text itself. */
const againstOf = new WeakMap<Knowledge, RegExp | null>();

/** `againstAsked` for an answerer that holds the text and the knowledge, not a Question. */
export function againstIn(kb: Knowledge, plain: string): boolean {
  let pattern = againstOf.get(kb);
  if (pattern === undefined) {
    pattern = cuePattern(kb.cues, 'against-sourced') ?? null;
    againstOf.set(kb, pattern);
  }
  return Boolean(pattern?.test(plain)) || /\bwhat\s*%|%\s*of\b/.test(plain);
}

/** Epoch's cost estimates the question names after its comparison word: the method named, else each one. */
export function epochCostsAsked(plain: string, model: Entity, citer: Citer): SourcedQuantity[] {
  const at = plain.search(/\b(?:vs\.?|versus|against|compared?|stack|relative|what %|% of|percent|share|fraction)/);
  const tail = at >= 0 ? plain.slice(at) : plain;
  const costs = epochCosts(model, citer);
  const named = METHODS.filter((m) => m.words.test(tail)).map((m) => m.method);
  return named.length ? costs.filter((c) => named.includes(c.figure.method ?? '')) : costs;
}

/** Epoch's cost estimates named anywhere in the question: the methods named, else each one. */
export function epochCostsNamed(plain: string, model: Entity, citer: Citer): SourcedQuantity[] {
  const costs = epochCosts(model, citer);
  const named = METHODS.filter((m) => m.words.test(plain)).map((m) => m.method);
  return named.length ? costs.filter((c) => named.includes(c.figure.method ?? '')) : costs;
}

/** One line per amount: the result as a share of it, or how far above or below it the result is. */
export function againstLines(
  plain: string,
  result: number,
  shown: string,
  against: Array<{ value: number; raw: string }>,
): string[] {
  const share = SHARE.test(plain);
  return against
    .filter((a) => a.value > 0)
    .map((a) =>
      share
        ? shareLine(shown, a.raw, trimNumber((100 * result) / a.value, 1))
        : againstLine(
            formatMoney(Math.abs(result - a.value)),
            result > a.value,
            a.raw,
            trimNumber(result / a.value, 2),
          ),
    );
}

/** Words right before an amount the result is set against: "share of the $1,100/mo rent", "vs our $2M budget". */
const AGAINST_BEFORE =
  /(?:\b(?:share|percent|percentage|fraction|portion|part)|%)\s+of\s+(?:the\s+|our\s+|a\s+|an\s+|its\s+|their\s+|that\s+)?$|\b(?:vs\.?|versus|against|compared (?:to|with)|relative to)\s+(?:the\s+|our\s+|a\s+|an\s+|its\s+|their\s+)?$/;

/** Whether the user's amount at `at` is what the result is set against, not an input. */
export function setAgainst(plain: string, at: number): boolean {
  return AGAINST_BEFORE.test(plain.slice(Math.max(0, at - 40), at));
}
