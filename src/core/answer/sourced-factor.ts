// A sourced percentage or multiple, named by what it covers, applied to an amount: "$90M run: using the cost
// breakdown, dollars to cluster infrastructure plus networking (low and high)?" is $90M × (15–22% + 9–13%); "our last
// flagship cost $3.5M; next one at the average flagship-over-predecessor jump?" is $3.5M × 28; "everything other
// than" a share takes the rest (100% − it). The figures keep their source; the amount is the user's.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue } from '../format.js';
import {
  boundNote,
  calculationReply,
  computedLine,
  leftToPayLine as leftLine,
  savingLine,
  spendLine,
  totalLine,
} from '../replies.js';
import type { Reply } from '../types.js';
import { askedPart } from '../understand/calc-plan.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';
import { money } from './units.js';

/** Words that name no part: they appear in every breakdown and in most questions. */
const GENERIC = new Set(
  'the and per share cost costs total training train trained run runs spend spending model models average across companies company latest year budget from with vs its their of for as on in to a an all are but can how new not one our out two was who why you'.split(
    ' ',
  ),
);
/** A share or multiple of an amount of money (a cost, a spend, a budget), not of queries or users. */
const MONEY_OF = /\b(?:cost|costs|spend|spending|budget|revenue|r&d|compute|capex|price|bill|outlay)\b/i;
const SHARE_ASKED = /\b(?:share|percent|percentage|portion|fraction|margin)\b|%/;
const REST =
  /\b(?:everything|all|whatever) (?:other than|else|but|except)\b|\bother than\b|\bthe rest\b|\bremainder\b|\bexcluding\b|\bapart from\b|\bbesides\b|\bexcept\b|\bnon-/;
/** What is left to pay after a saving: "new bill", "what would we pay", "still pay". */
const LEFT_ASKED =
  /\bnew (?:bill|cost|spend|total)\b|\bleft\b|\bremain\w*\b|\bstill pay\b|\bwould (?:we|i) pay\b|\bafter\b|\bbill (?:be|become)\b/;
/** The amount before the multiple is asked ("what did the previous one cost"), from the asking part only. */
const EARLIER_ASK = /\b(?:what|how much)\b[^.?!]*\b(?:previous|predecessor|prior|earlier|last|older|original)\b/;

/** The whole a share is of, asked: "implied total R&D", "what's the whole budget then". */
const WHOLE_ASKED = /\b(?:implied|total|whole|overall|entire|all-in)\b/;
/** Words before the user's amount that make it the whole itself ("our total R&D is $50M"). */
const WHOLE_GIVEN = /\b(?:total|whole|overall|entire|all-in|budget)\b[^.;?!]*$/;
/** What a spend per dollar of revenue leaves, asked: the loss (or profit) rather than the spend. */
const GAP_ASKED = /\b(?:loss|losses|lose|loses|losing|lost|in the red|deficit|shortfall|profit|profits|net)\b/;

/** Words that speak of paying less: a sourced saving applies to the user's bill only then. */
const CUT_SPOKEN = /\bsav(?:e|es|ed|ing|ings)\b|\bcut(?:s|ting)?\b|\bcheaper\b|\breduc\w*\b|\blower\w*\b/;
/** A multiple that measures a fall: what is paid after it is the amount divided by it. */
const FALL = /\b(?:drop|fall|decline|cut|reduction|collapse)\b/;

/** A word without its plural ending: "flagships" names "flagship". */
const singular = (w: string) => (w.length > 3 ? w.replace(/(?<!s)s$/, '') : w);
/** "R&D" reads as one word, whichever way it was written. */
const rnd = (text: string) => text.replace(/\br ?(?:&|and)? ?d\b/g, 'rnd');
const keyWords = (f: Figure) =>
  new Set(
    rnd(phraseKey(`${f.scope} ${f.of ?? ''}`))
      .split(/[\s/-]+/)
      // Three letters name a part too ("GPU/TPU accelerators"); a number ("$100M+") names none.
      .filter((w) => w.length > 2 && !GENERIC.has(w) && !/^\d/.test(w))
      .map(singular),
  );

/** The subject's percentages or multiples whose scope words the question names; of multiples, the best named. */
export function namedFactors(
  q: Question,
  e: Entity,
  unit: 'percent' | 'multiple',
  weight: (w: string) => number = () => 1,
): { figures: Figure[]; score: number; best: number } {
  // The holder's own name names none of its figures: "DeepSeek" is in a scope ("… vs DeepSeek V3/R1") by chance.
  const own = new Set(
    phraseKey([e.name, ...e.aliases].join(' '))
      .split(/[\s/-]+/)
      .map(singular),
  );
  const words = new Set(
    rnd(q.lowered)
      .split(/[\s/-]+/)
      .map(singular)
      .filter((w) => !own.has(w)),
  );
  const cutSpoken = CUT_SPOKEN.test(q.lowered);
  // "at Zhipu's reported gross margin": a percentage of the metric asked is a share of the money it is applied to.
  const asked = (f: Figure) => unit === 'percent' && q.metrics.includes(f.metric);
  const scored = e.figures
    .filter((f) => f.unit === unit && (f.value !== undefined || f.range !== undefined))
    .map((f) => ({ f, n: [...keyWords(f)].filter((w) => words.has(w)).reduce((t, w) => t + weight(w), 0) }))
    // A saving is a share of a cost, whatever it names as its base, when the question speaks of saving or cutting.
    .filter((x) => x.n > 0 && (MONEY_OF.test(x.f.of ?? '') || (x.f.metric === 'savings' && cutSpoken) || asked(x.f)));
  const best = Math.max(0, ...scored.map((x) => x.n));
  // A percentage of the metric asked, named by its own words, is the one meant; others only share a word with it.
  const ofAsked = scored.filter((x) => asked(x.f) && !MONEY_OF.test(x.f.of ?? ''));
  // Percentages of one base add up ("cluster infrastructure plus networking"); of shares of different bases, the
  // one the question names best is meant ("state-owned deals" is not the on-premise share of revenue).
  const top = scored.find((x) => x.n === best)?.f;
  const figures = (
    ofAsked.length ? ofAsked : scored.filter((x) => (unit === 'percent' ? x.f.of === top?.of : x.n === best))
  ).map((x) => x.f);
  return { figures, score: scored.reduce((t, x) => t + x.n, 0), best };
}

/** How well a question must name a share or multiple found anywhere: one word only one or two things use. */
const ANYWHERE_MIN = 0.5;
const rarities = new WeakMap<KnowledgeIndex, (w: string) => number>();
/** 1 ÷ how many distinct shares and multiples use the word. */
export function rarityOf(index: KnowledgeIndex): (w: string) => number {
  let found = rarities.get(index);
  if (found) return found;
  // Counted by distinct figure, not by entity: the 10% R&D share held in four places is one figure.
  const users = new Map<string, Set<string>>();
  for (const e of index.kb.entities.values())
    for (const f of e.figures.filter((x) => x.unit === 'percent' || x.unit === 'multiple'))
      for (const w of keyWords(f)) users.set(w, (users.get(w) ?? new Set()).add(`${f.unit} ${ends(f).join('-')}`));
  found = (w: string) => 1 / (users.get(w)?.size ?? 1);
  rarities.set(index, found);
  return found;
}

const ends = (f: Figure): [number, number] => (f.range ? [f.range[0], f.range[1]] : [f.value!, f.value!]);

/** The thing whose shares or multiples the question names: the subject, else the described thing naming most; with
 * `anywhere`, any thing in the knowledge (the question refers to the figure itself: "at the average jump between
 * flagships"), when one names most or all that name most hold the same figure. */
export function factorSubject(
  q: Question,
  index: KnowledgeIndex,
  subject?: Entity,
  anywhere = false,
): Entity | undefined {
  if (subject) return subject;
  // Anywhere, but among the things named when the question names any: "epoch's number for R1 vs the $294k
  // headline" does not take V3's headline multiple.
  const named = [...new Set(q.candidates.filter((m) => m.via !== 'number').flatMap((m) => m.ids))];
  const ids = anywhere
    ? named.length
      ? named
      : [...index.kb.entities.keys()]
    : [...new Set(q.described.flatMap((m) => m.ids))];
  // Anywhere, a word counts by how few distinct shares and multiples it names: "margin" (several) alone finds none;
  // "flagship" (one) does, as do "final" and "R&D" together.
  const rarity = anywhere ? rarityOf(index) : undefined;
  const score = rarity
    ? (e: Entity) => {
        const best = Math.max(namedFactors(q, e, 'percent', rarity).best, namedFactors(q, e, 'multiple', rarity).best);
        return best >= ANYWHERE_MIN ? best : 0;
      }
    : (e: Entity) => namedFactors(q, e, 'percent').score + namedFactors(q, e, 'multiple').score;
  const ranked = ids
    .map((id) => index.entity(id))
    .filter((e): e is Entity => e !== undefined)
    .map((e) => ({ e, n: score(e) }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  if (!ranked.length) return undefined;
  if (ranked.length === 1 || ranked[0]!.n > ranked[1]!.n) return ranked[0]!.e;
  // Two places that hold one figure (a concept and its market both give the 10% share) are one answer.
  const value = (e: Entity) =>
    [...namedFactors(q, e, 'percent').figures, ...namedFactors(q, e, 'multiple').figures]
      .map((f) => `${f.unit} ${ends(f).join('-')}`)
      .sort()
      .join();
  const tied = ranked.filter((x) => x.n === ranked[0]!.n);
  return anywhere && tied.every((x) => value(x.e) === value(tied[0]!.e)) ? ranked[0]!.e : undefined;
}

/** The reply, or undefined when the subject has no named share or multiple or the user gives no single amount. */
export function sourcedFactor(
  q: Question,
  index: KnowledgeIndex,
  subject: Entity | undefined,
  money: (n: number) => string,
  anywhere = false,
  asked?: Figure[],
): Reply | undefined {
  const e = factorSubject(q, index, subject, anywhere);
  if (!e) return undefined;
  // One amount of the user's, a whole sum or a bill each period ("18k a month"): "$1K each" is a price of one thing,
  // not the amount to take a share of.
  const amounts = q.quantities.filter(
    (x) =>
      x.dims.usd === 1 &&
      (Object.keys(x.dims).length === 1 ||
        (Object.keys(x.dims).length === 2 && x.dims.hour === -1 && x.per && HOURS[x.per])) &&
      x.high === undefined &&
      !x.perUnit,
  );
  if (amounts.length !== 1 || q.quantities.length !== 1) return undefined;
  const amount: Quantity = amounts[0]!;
  const every = amount.dims.hour === -1 ? amount.per : undefined;
  const base = every ? amount.value * HOURS[every]! : amount.value;
  const shown = (n: number) => `${money(n)}${every ? ` a ${every}` : ''}`;
  const citer = new Citer(index.kb);
  const shares = asked ? [] : namedFactors(q, e, 'percent').figures;
  if (shares.length && shares.every((f) => f.of === shares[0]!.of)) {
    // "how much goes to accelerators and how much to staff": each part worked on its own; "staff plus networking",
    // "combined", "together" add them first. "state contracts vs the rest": the part and what is left, each.
    const apart =
      !asked && shares.length > 1 && !SUMMED.test(q.lowered)
        ? shares.map((f) => [f])
        : !asked && shares.length === 1 && PART_AND_REST.test(q.lowered)
          ? [shares, 'rest' as const]
          : undefined;
    if (apart) {
      const parts = apart.map((p) =>
        p === 'rest' ? partLines(shares, amount, base, shown, true) : partLines(p, amount, base, shown, false),
      );
      if (parts.some((p) => !p)) return undefined;
      return withSources(
        citer,
        e,
        shares,
        parts.flatMap((p) => p!),
      );
    }
    let [low, high] = shares.map(ends).reduce(([a, b], [c, d]) => [a + c, b + d], [0, 0]);
    const [savedLow, savedHigh] = [low, high];
    // A saving taken off the user's bill leaves the rest to pay ("saves what the chapter claims: new bill?"); only
    // "how much would we save" asks the part saved. Either way both are shown.
    const saving = shares.every((f) => f.metric === 'savings');
    const rest = REST.test(q.lowered) || (saving && (LEFT_ASKED.test(q.lowered) || !savedOnlyAsked(q)));
    if (rest) [low, high] = [100 - high, 100 - low];
    if (low < 0 || high > 100) return undefined;
    const named = shares.map((f) => `${f.scope.replace(/\s*\(.*\)/, '')} ${formatFigureValue(f)}`).join(' + ');
    const factor = rest ? `(100% − (${named}))` : shares.length > 1 ? `(${named})` : named;
    // "our final run is $3.2M; at the same share of R&D, implied total R&D?": the user's amount is the part, so the
    // whole is it divided by the share (the larger share gives the smaller whole).
    const whole = !rest && low > 0 && wholeAsked(q, amount);
    const apply = (pct: number) => (whole ? (base * 100) / pct : (base * pct) / 100);
    const [from, to] = whole ? [apply(high), apply(low)] : [apply(low), apply(high)];
    // "under 90%" saved leaves at least 10% to pay: a bound of the source is a bound of the result, named in it.
    const bound = shares.length === 1 ? shares[0]!.bound : undefined;
    const within = (from: number, to: number, flipped: boolean) =>
      from === to ? `${boundWord(bound, flipped)}${shown(from)}` : `${shown(from)} to ${shown(to)}`;
    const result = within(from, to, rest || whole);
    const lines = [totalLine(result), computedLine(`${amount.raw} ${whole ? '÷' : '×'} ${factor}`, undefined, result)];
    if (saving && rest) {
      const saved = within((base * savedLow) / 100, (base * savedHigh) / 100, false);
      lines.push(savingLine(saved, shown(base)));
    } else if (saving) lines.push(leftLine(within(base - (base * high) / 100, base - (base * low) / 100, true)));
    return withSources(citer, e, shares, lines);
  }
  // A share asked ("at the share in the chapter", "what % …") is never worked with a multiple.
  if (SHARE_ASKED.test(q.lowered)) return undefined;
  const multiples = asked ?? namedFactors(q, e, 'multiple').figures;
  if (multiples.length !== 1) return undefined;
  const m = multiples[0]!;
  const [low, high] = ends(m);
  if (!(low > 0)) return undefined;
  // A fall ("a 280× drop in price") divides what is paid after it; asked of the amount before, it multiplies.
  const divides = EARLIER_ASK.test(q.lowered) !== FALL.test(`${m.metric.replace(/_/g, ' ')} ${m.of ?? ''}`);
  const apply = (x: number) => (divides ? base / x : base * x);
  const result = low === high ? shown(apply(low)) : `${shown(apply(low))} to ${shown(apply(high))}`;
  const formula = `${amount.raw} ${divides ? '÷' : '×'} ${formatFigureValue(m)}`;
  // "book $8M revenue and spend like OpenAI per dollar earned — our loss?": the spend less the revenue, (m − 1) × it.
  if (!divides && low === high && m.of === 'revenue' && GAP_ASKED.test(askedPart(q.plain.toLowerCase())))
    return withSources(citer, e, [m], gapLines(amount.raw, base, low, shown));
  return withSources(citer, e, [m], [totalLine(result), computedLine(formula, undefined, result)]);
}

/** Only the part saved is asked ("how much would we save"), not what is left to pay. */
function savedOnlyAsked(q: Question): boolean {
  const asked = askedPart(q.plain.toLowerCase());
  return /\bsav(?:e|es|ed|ing|ings)\b/.test(asked) && !/\b(?:cost|costs|bill|pay|spend|become|left|new)\b/.test(asked);
}

/** "at most " or "at least " before a result from a bounded figure; taking the rest of it turns the bound round. */
function boundWord(bound: Figure['bound'] | undefined, flipped: boolean): string {
  if (bound !== 'at-most' && bound !== 'at-least') return '';
  return (bound === 'at-most') !== flipped ? 'at most ' : 'at least ';
}

/** One part of a breakdown (or what it leaves) applied to the user's amount: "staff (~20–30%): $40M to $60M". */
function partLines(
  shares: Figure[],
  amount: Quantity,
  base: number,
  shown: (n: number) => string,
  rest: boolean,
): string[] | undefined {
  const [low, high] = rest ? [100 - ends(shares[0]!)[1], 100 - ends(shares[0]!)[0]] : ends(shares[0]!);
  if (low < 0 || high > 100) return undefined;
  const f = shares[0]!;
  const label = `${f.scope.replace(/\s*\(.*\)/, '')} ${formatFigureValue(f)}`;
  const factor = rest ? `(100% − ${label})` : label;
  const [from, to] = [(base * low) / 100, (base * high) / 100];
  const result = from === to ? shown(from) : `${shown(from)} to ${shown(to)}`;
  const what = rest ? `Everything else` : capitalised(f.scope.replace(/\s*\(.*\)/, ''));
  return [`${what}: ${result}.`, computedLine(`${amount.raw} × ${factor}`, undefined, result)];
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Parts asked added together: "staff plus networking", "combined", "together". */
const SUMMED =
  /\bplus\b|\+|\bcombined\b|\btogether\b|\baltogether\b|\bin total\b|\bsum\b|\btotal of\b|\bput together\b/;
/** A part and what it leaves, each asked: "state deals vs the rest", "final runs and everything else". */
const PART_AND_REST =
  /\b(?:vs\.?|versus|and|against|or)\s+(?:(?:for|on|to)\s+)?(?:the rest|everything else|all the rest|the remainder|all else|the others?)\b/;

/** Whether the whole the share is of is asked, with the user's amount the part ("implied total R&D?"), not the whole
 * ("our total R&D is $50M — on final runs?"). */
function wholeAsked(q: Question, amount: Quantity): boolean {
  const text = q.plain.toLowerCase();
  const asked = askedPart(text);
  if (!WHOLE_ASKED.test(asked) || amount.at < 0) return false;
  // The amount inside the asking part is what the share is taken of: "what's 10% of our $50M total".
  if (text.length - asked.length <= amount.at) return false;
  return !WHOLE_GIVEN.test(text.slice(Math.max(0, amount.at - 30), amount.at));
}

/** Spend at a multiple of the revenue, and the loss (or profit) it leaves: spend − revenue. */
function gapLines(raw: string, revenue: number, m: number, shown: (n: number) => string): string[] {
  const spend = revenue * m;
  const gap = Math.abs(spend - revenue);
  const result = `${spend >= revenue ? 'a loss' : 'a profit'} of ${shown(gap)}`;
  const formula = spend >= revenue ? `${raw} × (${m} − 1)` : `${raw} × (1 − ${m})`;
  return [totalLine(result), computedLine(formula, undefined, shown(gap)), spendLine(shown(spend), shown(revenue))];
}

function withSources(citer: Citer, e: Entity, figures: Figure[], lines: string[]): Reply {
  const bounded = figures.filter((f) => f.bound === 'at-most' || f.bound === 'at-least');
  return {
    ...calculationReply(lines),
    notes: bounded.map((f) => boundNote(formatFigureValue(f), f.bound as 'at-most' | 'at-least')),
    title: `${e.name} — calculation`,
    fields: figures.map((f) => citer.field(f)),
    sources: citer.sources(),
  };
}

/** "Our last flagship cost $3M: at the average jump between flagships, the next?": a share or multiple referred to
 * by what it is, found wherever the knowledge holds it, applied to the user's one amount. */
export const answerSourcedFactor: Answerer = (q, { index }) => sourcedFactor(q, index, undefined, money, true);
