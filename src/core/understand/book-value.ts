// Straight-line depreciation to a book value: "$3.2M cluster, straight line over 4 years, worth on the books after
// 30 months?" is $3.2M less 30/48 of it, $1.2M; a salvage value is kept back ("$40k salvage": only the rest wears
// away). What has been written off is shown beside it.
import type { Quantity } from './quantities.js';

/** A cost written off evenly over a life, and the time since it was bought. */
export interface BookValue {
  cost: Quantity;
  life: Quantity;
  elapsed: Quantity;
  salvage?: Quantity;
  /** The amount written off is what is asked, rather than what is left. */
  writtenOffAsked: boolean;
  /** The write-off each period is asked ("annual depreciation?"): no time since purchase is needed. */
  perPeriod?: 'year' | 'month';
  /** Both the yearly and the monthly write-off are asked ("annual + monthly amortisation?"). */
  bothPeriods?: boolean;
}

/** The write-off per period asked: "annual depreciation", "depreciation per year", "monthly amortisation". */
const PER_PERIOD_ASKED =
  /\b(annual|yearly|monthly|per year|a year|each year|per month|a month|each month)\s+(?:depreciation|amorti[sz]ation|write[- ]?(?:off|down))\b|\b(?:depreciation|amorti[sz]ation|write[- ]?(?:off|down)|depreciat(?:e|es)|wr(?:ite|ites) (?:off|down))\s+(?:per|a|each|every)\s+(year|month)\b/;

/** A period named as what the write-off is per. */
const YEARLY = /\b(?:annual|annually|yearly|per year|a year|each year)\b/;
const MONTHLY = /\b(?:monthly|per month|a month|each month)\b/;

/** Words that make a question one about writing a purchase off. */
const WRITE_OFF =
  /\bstraight[- ]?line\b|\bdepreciat\w*|\bamorti[sz]\w*|\bwr(?:ite|ites|iting|itten|ote)\s+(?:it\s+|them\s+|that\s+|\w+\s+)?(?:off|down)\b|\bbook value\b|\bon the books\b|\bcarrying value\b|\buseful life\b/;
/** What is left of it asked: "book value", "worth on the books", "what's left", "carrying value". */
const LEFT_ASKED =
  /\bbook value\b|\bon (?:the|our) books\b|\bcarrying value\b|\bworth\b|\bwhat(?:'s| is)? left\b|\bleft on\b|\bremaining value\b|\bvalue (?:left|remaining)\b|\bnet value\b/;
/** What has worn away asked: "depreciated so far", "accumulated depreciation", "how much written off". */
const OFF_ASKED =
  /\baccumulated\b|\bdepreciat\w* (?:so far|to date|by then)\b|\bhow much (?:has|have|is|was|did)\b[^?]{0,30}\b(?:depreciat\w*|written (?:off|down)|wr(?:ite|ote) (?:off|down))/;
/** Before or after the life: "over 4 years", "a 5-year useful life", "life of 3 years", "4-yr schedule". */
const LIFE_BEFORE = /\b(?:over|across|life of|lifetime of|lasts?|lasting)\s*(?:a\s+|an\s+|the\s+)?(?:~|about\s)?$/;
const LIFE_AFTER =
  /^\s*(?:useful\s+|economic\s+|expected\s+)?(?:life|lifetime|lifespan|schedule|straight|depreciation|amorti)/;
const SALVAGE = /\b(?:salvage|residual|scrap|resale|terminal)\b/;

const isDuration = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;
const isAmount = (q: Quantity) => q.dims.usd === 1 && Object.keys(q.dims).length === 1 && q.high === undefined;

/** The write-off a question asks about; 'vague' when it asks one but its numbers do not all find a place. */
export function bookValueOf(s: string, qs: Quantity[]): BookValue | 'vague' | undefined {
  if (!WRITE_OFF.test(s)) return undefined;
  const asking = s.slice(Math.max(0, s.search(/\b(?:what|how much|whats|what's)\b/)));
  const perPeriod = PER_PERIOD_ASKED.exec(s);
  // Numbers it does not place (a count of the things bought) are left to the plain formula.
  const each = perPeriod
    ? perPeriodOf(s, qs, /month/.test(perPeriod[1] ?? perPeriod[2]!) ? 'month' : 'year')
    : undefined;
  // "annual + monthly amortisation?", "yearly and monthly depreciation": both periods asked, the year first.
  if (each && each !== 'vague' && YEARLY.test(s) && MONTHLY.test(s))
    return { ...each, perPeriod: 'year', bothPeriods: true };
  if (each && each !== 'vague') return each;
  const offAsked = OFF_ASKED.test(s);
  if (!LEFT_ASKED.test(asking) && !offAsked) return undefined;
  const durations = qs.filter(isDuration);
  if (durations.length < 2) return durations.length ? 'vague' : undefined;
  const near = (q: Quantity) => s.slice(Math.max(0, q.at - 30), q.at + q.raw.length + 24);
  const salvage = qs.filter((q) => isAmount(q) && SALVAGE.test(near(q)));
  const costs = qs.filter((q) => isAmount(q) && !salvage.includes(q));
  const lives = durations.filter(
    (q) => LIFE_BEFORE.test(s.slice(Math.max(0, q.at - 20), q.at)) || LIFE_AFTER.test(s.slice(q.at + q.raw.length)),
  );
  const others = qs.filter((q) => !durations.includes(q) && !salvage.includes(q) && !costs.includes(q));
  if (durations.length !== 2 || lives.length !== 1 || costs.length !== 1 || salvage.length > 1 || others.length)
    return 'vague';
  const life = lives[0]!;
  const elapsed = durations.find((q) => q !== life)!;
  if (salvage[0] && salvage[0].value >= costs[0]!.value) return 'vague';
  return {
    cost: costs[0]!,
    life,
    elapsed,
    ...(salvage[0] ? { salvage: salvage[0] } : {}),
    writtenOffAsked: offAsked && !LEFT_ASKED.test(asking),
  };
}

/** "bought at $30k, 20% resale value after 3 years: annual depreciation?": the one duration is the life, and a resale
 * value written as a percentage is that share of the cost. */
function perPeriodOf(s: string, qs: Quantity[], per: 'year' | 'month'): BookValue | 'vague' {
  // The words of the amount's own clause: "gpu bought at $30k, resale value 20%" names only the 20% a resale value.
  const near = (q: Quantity) =>
    `${s
      .slice(Math.max(0, q.at - 30), q.at)
      .split(/[,;.]\s/)
      .pop()} ${s.slice(q.at + q.raw.length, q.at + q.raw.length + 24).split(/[,;]|\.\s/)[0]}`;
  const durations = qs.filter(isDuration);
  const salvage = qs.filter(
    (q) => (isAmount(q) || (q.dims.percent === 1 && q.high === undefined)) && SALVAGE.test(near(q)),
  );
  const costs = qs.filter((q) => isAmount(q) && !salvage.includes(q));
  if (durations.length !== 1 || costs.length !== 1 || salvage.length > 1 || qs.length !== 2 + salvage.length)
    return 'vague';
  const cost = costs[0]!;
  const kept = salvage[0];
  const left =
    kept?.dims.percent === 1
      ? { ...kept, value: (cost.value * kept.value) / 100, dims: { usd: 1 }, raw: `${kept.raw} of ${cost.raw}` }
      : kept;
  if (left && left.value >= cost.value) return 'vague';
  const life = durations[0]!;
  return { cost, life, elapsed: life, ...(left ? { salvage: left } : {}), writtenOffAsked: true, perPeriod: per };
}
