// An amount the question changes before working with it: "zhipu lost ¥2.96B on ¥312M revenue. if revenue doubled and
// the loss stayed put, what's the loss-to-revenue multiple?" works with 2 × ¥312M. The amount changed is the one
// written beside the word the change names ("revenue"); a change that names none of the amounts changes nothing.
import type { Quantity } from './quantities.js';

const MULTIPLE: Record<string, number> = {
  doubled: 2,
  doubles: 2,
  double: 2,
  tripled: 3,
  triples: 3,
  triple: 3,
  quadrupled: 4,
  quadruples: 4,
  halved: 0.5,
  halves: 0.5,
  halve: 0.5,
};
/** "if revenue doubled", "if our costs were halved", "if the burn triples". */
const CHANGED =
  /\bif (?:the |its |our |their |his |her )?([a-z]+)(?: (?:were|was|is|are|got|gets))? (doubled|doubles|double|tripled|triples|triple|quadrupled|quadruples|halved|halves|halve)\b/;
/** Words that name the same thing: "revenue" finds "¥312M revenue" and "revenue of $5M"; "costs" finds "cost". */
const stem = (w: string) => w.replace(/(?:ies|es|s)$/, '').slice(0, 6);

/** The amount the question changes and what it becomes, or undefined when it changes none. */
export function whatIfScaled(text: string, qs: Quantity[]): { from: Quantity; to: Quantity } | undefined {
  const s = text.toLowerCase();
  const m = CHANGED.exec(s);
  if (!m) return undefined;
  const noun = stem(m[1]!);
  const factor = MULTIPLE[m[2]!]!;
  // The amount nearest each of those words, in the same clause, is the one it names.
  // Each time the word is written outside the change itself ("if our costs halved … $10M costs").
  const outside = `${s.slice(0, m.index)}${' '.repeat(m[0].length)}${s.slice(m.index + m[0].length)}`;
  const words = [...outside.matchAll(/[a-z]+/g)].filter((w) => stem(w[0]) === noun);
  const gap = (q: Quantity, at: number, end: number) => {
    const between = q.at >= end ? s.slice(end, q.at) : s.slice(q.at + q.raw.length, at);
    return /[.;,]/.test(between) ? Number.POSITIVE_INFINITY : between.length;
  };
  const money = qs.filter((q) => q.dims.usd === 1 || q.dims.user === 1);
  const named = [
    ...new Set(
      words.flatMap((w) => {
        const at = w.index ?? 0;
        const ranked = money
          .map((q) => ({ q, d: gap(q, at, at + w[0].length) }))
          .filter((x) => x.d <= 20)
          .sort((a, b) => a.d - b.d);
        return ranked.length ? [ranked[0]!.q] : [];
      }),
    ),
  ];
  if (named.length !== 1) return undefined;
  const changed = named[0]!;
  const scaled: Quantity = { ...changed, value: changed.value * factor, raw: `(${factor} × ${changed.raw})` };
  if (changed.high !== undefined) scaled.high = changed.high * factor;
  return { from: changed, to: scaled };
}
