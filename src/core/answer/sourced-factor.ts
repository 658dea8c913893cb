// A sourced percentage or multiple, named by what it covers, applied to an amount: "$90M run: using the cost
// breakdown, dollars to cluster infrastructure plus networking (low and high)?" is $90M × (15–22% + 9–13%); "our last
// flagship cost $3.5M; next one at the average flagship-over-predecessor jump?" is $3.5M × 28; "everything other
// than" a share takes the rest (100% − it). The figures keep their source; the amount is the user's.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue } from '../format.js';
import { calculationReply, computedLine, totalLine } from '../replies.js';
import type { Reply } from '../types.js';
import type { Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';

/** Words that name no part: they appear in every breakdown and in most questions. */
const GENERIC = new Set(
  'the and per share cost costs total training train trained run runs spend spending model models average across companies company latest year budget from with vs its their of for as on in to a an'.split(
    ' ',
  ),
);
/** A share or multiple of an amount of money (a cost, a spend, a budget), not of queries or users. */
const MONEY_OF = /\b(?:cost|costs|spend|spending|budget|revenue|r&d|compute|capex|price|bill|outlay)\b/i;
const REST =
  /\b(?:everything|all|whatever) (?:other than|else|but|except)\b|\bother than\b|\bthe rest\b|\bremainder\b|\bexcluding\b|\bapart from\b|\bbesides\b|\bexcept\b|\bnon-/;
/** The amount before the multiple is asked ("what did the previous one cost"), from the asking part only. */
const EARLIER_ASK = /\b(?:what|how much)\b[^.?!]*\b(?:previous|predecessor|prior|earlier|last|older|original)\b/;

const keyWords = (f: Figure) =>
  new Set(
    phraseKey(`${f.scope} ${f.of ?? ''}`)
      .split(/[\s/-]+/)
      .filter((w) => w.length > 3 && !GENERIC.has(w)),
  );

/** The subject's percentages or multiples whose scope words the question names; of multiples, the best named. */
function namedFactors(q: Question, e: Entity, unit: 'percent' | 'multiple'): { figures: Figure[]; score: number } {
  const words = new Set(q.lowered.split(/[\s/-]+/));
  // "at Zhipu's reported gross margin": a percentage of the metric asked is a share of the money it is applied to.
  const asked = (f: Figure) => unit === 'percent' && q.metrics.includes(f.metric);
  const scored = e.figures
    .filter((f) => f.unit === unit && (f.value !== undefined || f.range !== undefined))
    .map((f) => ({ f, n: [...keyWords(f)].filter((w) => words.has(w)).length }))
    .filter((x) => x.n > 0 && (MONEY_OF.test(x.f.of ?? '') || asked(x.f)));
  const best = Math.max(0, ...scored.map((x) => x.n));
  // A percentage of the metric asked, named by its own words, is the one meant; others only share a word with it.
  const ofAsked = scored.filter((x) => asked(x.f) && !MONEY_OF.test(x.f.of ?? ''));
  const figures = (ofAsked.length ? ofAsked : scored.filter((x) => unit === 'percent' || x.n === best)).map((x) => x.f);
  return { figures, score: scored.reduce((t, x) => t + x.n, 0) };
}

/** The thing whose shares or multiples the question names: the subject, else the described thing naming most. */
function factorSubject(q: Question, index: KnowledgeIndex, subject?: Entity): Entity | undefined {
  if (subject) return subject;
  const ids = [...new Set(q.described.flatMap((m) => m.ids))];
  const score = (e: Entity) => namedFactors(q, e, 'percent').score + namedFactors(q, e, 'multiple').score;
  const ranked = ids
    .map((id) => index.entity(id))
    .filter((e): e is Entity => e !== undefined)
    .map((e) => ({ e, n: score(e) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  return ranked.length && (ranked.length === 1 || ranked[0]!.n > ranked[1]!.n) ? ranked[0]!.e : undefined;
}

const ends = (f: Figure): [number, number] => (f.range ? [f.range[0], f.range[1]] : [f.value!, f.value!]);

/** The reply, or undefined when the subject has no named share or multiple or the user gives no single amount. */
export function sourcedFactor(
  q: Question,
  index: KnowledgeIndex,
  subject: Entity | undefined,
  money: (n: number) => string,
): Reply | undefined {
  const e = factorSubject(q, index, subject);
  if (!e) return undefined;
  // One amount of the user's, a whole sum: "$1K each" is a price of one thing, not the amount to take a share of.
  const amounts = q.quantities.filter(
    (x) => x.dims.usd === 1 && Object.keys(x.dims).length === 1 && x.high === undefined && !x.perUnit,
  );
  if (amounts.length !== 1 || q.quantities.length !== 1) return undefined;
  const amount: Quantity = amounts[0]!;
  const citer = new Citer(index.kb);
  const shares = namedFactors(q, e, 'percent').figures;
  if (shares.length && shares.every((f) => f.of === shares[0]!.of)) {
    let [low, high] = shares.map(ends).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    const rest = REST.test(q.lowered);
    if (rest) [low, high] = [100 - high, 100 - low];
    if (low < 0 || high > 100) return undefined;
    const named = shares.map((f) => `${f.scope.replace(/\s*\(.*\)/, '')} ${formatFigureValue(f)}`).join(' + ');
    const factor = rest ? `(100% − (${named}))` : shares.length > 1 ? `(${named})` : named;
    const result =
      low === high
        ? money((amount.value * low) / 100)
        : `${money((amount.value * low) / 100)} to ${money((amount.value * high) / 100)}`;
    return withSources(citer, e, shares, [
      totalLine(result),
      computedLine(`${amount.raw} × ${factor}`, undefined, result),
    ]);
  }
  const multiples = namedFactors(q, e, 'multiple').figures;
  if (multiples.length !== 1) return undefined;
  const m = multiples[0]!;
  const [low, high] = ends(m);
  if (!(low > 0)) return undefined;
  const earlier = EARLIER_ASK.test(q.lowered);
  const apply = (x: number) => (earlier ? amount.value / x : amount.value * x);
  const result = low === high ? money(apply(low)) : `${money(apply(low))} to ${money(apply(high))}`;
  const formula = `${amount.raw} ${earlier ? '÷' : '×'} ${formatFigureValue(m)}`;
  return withSources(citer, e, [m], [totalLine(result), computedLine(formula, undefined, result)]);
}

function withSources(citer: Citer, e: Entity, figures: Figure[], lines: string[]): Reply {
  return {
    ...calculationReply(lines),
    title: `${e.name} — calculation`,
    fields: figures.map((f) => citer.field(f)),
    sources: citer.sources(),
  };
}
