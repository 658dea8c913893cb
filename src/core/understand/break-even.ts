// Break-even between paying up front and paying as you go: an amount paid once (plus what it costs to run each
// month) against an alternative paid each month — "$85k up front plus $2k/month to run; our API bill is
// $9,500/month", "buy 8 H100s at $27,500 each plus $3,000/month hosting, or rent 8 at $1,100/month each". The
// months until buying has cost less are the up-front amount over the monthly difference.
import { sameDims } from '../units.js';
import type { Quantity } from './quantities.js';

/** Break-even inputs: amounts paid once, and monthly costs on each side, each as the question wrote them. */
export interface BreakEven {
  upfront: Quantity[];
  /** What the bought thing costs to run, per hour in base units. */
  running: Quantity[];
  /** What the alternative costs, per hour in base units. */
  alternative: Quantity[];
  /** The count a per-unit amount is multiplied by ("8 H100s"), when one is given. */
  count?: Quantity;
  /** The periods the question asks the time in ("in hours", "how many days"), in order; months when none. */
  spans?: string[];
  /** The alternative is money coming in ("customer pays $2,000/mo"): the up-front amount is paid back from what it
   * earns less what it costs to serve. */
  payback?: boolean;
  /** How long the bought thing lasts ("4-yr life", "lasts 3 yrs"): hours of use are shown against it. */
  life?: Quantity;
  /** The hours of use are asked per year of that life ("how many hours a year"). */
  perYear?: boolean;
  /** The amount paid once is work paid by the hour ("a contractor at $120/hr for 120 hours"), not a thing bought. */
  work?: boolean;
}

/** Words around a duration that make it how long a bought thing lasts. */
const LIFE_BEFORE =
  /\b(?:over|lasts?|lasting|life of|lifetime of|lifespan of|depreciated over|amorti[sz]ed over)\s*(?:a\s+|an\s+|the\s+)?(?:~|about\s)?$/;
const LIFE_AFTER = /^\s*(?:useful\s+|expected\s+|economic\s+)?(?:life|lifetime|lifespan)\b/;
const PER_YEAR = /\b(?:per|a|each|every)\s+year\b|\bannual(?:ly)?\b|\byearly\b|\/\s*y(?:ea)?r\b/;
const isSpan = (q: Quantity) => q.dims.hour === 1 && Object.keys(q.dims).length === 1;

const ASKS =
  /\bbreak(?:s|ing)?[- ]?even\b|\bpay ?back\b|\bpays? (?:for )?itself\b|\b(?:pays?|paid|paying) off\b|\brecoup\w*\b|\bcosts? more\b|\bmore expensive\b|\b(?:buying|owning) (?:wins|comes out ahead|is cheaper|gets cheaper)\b/;
/** The periods a time is asked in: "break-even in hours", "how many days", "hours of use". */
const SPANS =
  /\b(?:in|how many|number of)\s+(hours|days|weeks|months|years)\b|\b(hours|days|weeks|months|years) (?:of (?:use|running|usage)\b|(?:to|until|till|before) )/g;
/** Where the question passes from one side to the other. */
const SIDE = /[;?]|\.\s|\b(?:or|vs\.?|versus|instead of|compared (?:to|with)|against|rather than|while|whereas|but)\b/g;
/** Two amounts written "from A to B". */
const FROM_TO = /\bfrom\s*\S+(?:\s+(?:a|per|\/)\s*\w+)?\s+(?:to|down to|->|→)\s*$/;
const COUNTS = ['gpu', 'user', 'item'] as const;
/** A monthly amount that comes back (a saving, a profit, revenue): the time to recoup is the up-front amount over it. */
const SAVING =
  /\bsav(?:e|es|ed|ing|ings)\b|\bnet(?:s|ting)?\b|\bprofits?\b|\bgains?\b|\bearn(?:s|ed|ing|ings)?\b|\brevenue\b|\bincome\b|\bcash ?flow\b|\bbrings? in\b|\bgenerat\w+\b|\+\s*\$/;

/** Words before a monthly amount that make it money coming in: "customer pays", "revenue", "we charge", "ARPU". */
const EARNED =
  /\b(?:(?:customers?|users?|clients?|subscribers?|buyers?|accounts?|seats?|they)\s+(?:pays?|paying|spends?)|pays us|revenue|rev|arpu|arpa|mrr|charges?|charging|price|sells? (?:it )?for|earns?|brings? in|income)\b/;
/** Where the words about an amount begin: after the amount before it (or 30 characters back). */
const ownStart = (q: Quantity, qs: Quantity[]) => {
  const prev = qs.filter((p) => p.at < q.at).pop();
  return Math.max(prev ? prev.at + prev.raw.length : 0, q.at - 30);
};

const isCount = (q: Quantity) => COUNTS.some((d) => q.dims[d] === 1) && Object.keys(q.dims).length === 1;
const perCountOf = (q: Quantity) => COUNTS.find((d) => q.dims[d] === -1);
const moneyAs = (q: Quantity, hour?: -1) => {
  const dims = { ...q.dims };
  const d = perCountOf(q);
  if (d) delete dims[d];
  return sameDims(dims, hour ? { usd: 1, hour: -1 } : { usd: 1 });
};

/** The break-even a question asks for, or undefined when it asks something else or gives no alternative. */
export function breakEvenOf(text: string, given: Quantity[]): BreakEven | undefined {
  const s = text.toLowerCase();
  if (!ASKS.test(s)) return undefined;
  const priced = busyRates(powerCost(bareFlows(hoursUsed(given))));
  const qs = paidWork(s, priced);
  const work = qs !== priced;
  // "80 hours to build it": the hours of a quantity are no time asked.
  const inQuantity = (at: number) => given.some((q) => at >= q.at && at < q.at + q.raw.length);
  const spanWords = [...s.matchAll(SPANS)].filter((m) => !inQuantity(m.index ?? 0));
  const upfront = qs.filter((q) => moneyAs(q) && !q.perUnit);
  const rates = qs.filter((q) => moneyAs(q, -1));
  // "buy: $36k gpu, 4-yr life": how long the bought thing lasts is no cost, but hours of use are set against it.
  const lives = qs.filter(
    (q) =>
      isSpan(q) &&
      (LIFE_BEFORE.test(s.slice(Math.max(0, q.at - 24), q.at)) || LIFE_AFTER.test(s.slice(q.at + q.raw.length))),
  );
  const life = lives.length === 1 ? lives[0] : undefined;
  const others = qs.filter((q) => !upfront.includes(q) && !rates.includes(q) && !isCount(q) && q !== life);
  if (!upfront.length || others.length) return undefined;
  const cuts = [...s.matchAll(SIDE)].map((m) => m.index ?? 0);
  const side = (q: Quantity) => cuts.filter((c) => c < q.at).length;
  const buySide = side(upfront[0]!);
  let running = rates.filter((q) => side(q) === buySide);
  let alternative = rates.filter((q) => side(q) !== buySide);
  // "we spend 2.4M/yr on api, self-hosting runs 300k/yr plus 500k upfront": with no other break, a comma parts what
  // is paid now from the bought thing's own clause.
  if (!alternative.length && running.length >= 2) {
    const commas = [...s.matchAll(/,\s/g)].map((m) => m.index ?? 0);
    const clause = (q: Quantity) => commas.filter((c) => c < q.at).length;
    const own = running.filter((q) => clause(q) === clause(upfront[0]!));
    if (own.length && own.length < running.length) {
      alternative = running.filter((q) => !own.includes(q));
      running = own;
    }
  }
  // "our bill goes from $50k/mo to $20k/mo": what is paid now is the alternative, what it becomes the running cost.
  const [was, becomes] = rates;
  if (rates.length === 2 && was && becomes && FROM_TO.test(s.slice(Math.max(0, was.at - 8), becomes.at))) {
    alternative = [was];
    running = [becomes];
  }
  // "customer pays $2,000/mo, serving costs $650/mo, CAC $9,450": one monthly amount comes in, the others are what
  // it costs; the up-front amount is paid back from the difference.
  const earned = rates.filter((q) => EARNED.test(s.slice(ownStart(q, qs), q.at)));
  // "CAC $600, customer pays $50/mo at 70% margin": what one customer brings in alone pays the up-front amount back,
  // which the solver divides.
  if (earned.length === 1 && rates.length === 1) return undefined;
  if (earned.length === 1 && rates.length >= 2 && !(alternative.length && running.length)) {
    const spans = spanWords.map((m) => (m[1] ?? m[2]!).replace(/s$/, ''));
    return {
      upfront,
      running: rates.filter((q) => q !== earned[0]),
      alternative: earned,
      payback: true,
      count: qs.filter(isCount)[0],
      ...(spans.length ? { spans: [...new Set(spans)] } : {}),
    };
  }
  // "$85k up front, saves $7,500 a month", "+$50k/month profit": the monthly amount is what comes back, which the
  // solver divides.
  if (
    !alternative.length &&
    running.some((q) => SAVING.test(s.slice(Math.max(0, q.at - 20), q.at + q.raw.length + 20)))
  )
    return undefined;
  // With no alternative written, the answerer sets the sourced rental rates against buying.
  const counts = qs.filter(isCount);
  const spans = spanWords.map((m) => (m[1] ?? m[2]!).replace(/s$/, ''));
  const asked = [...s.matchAll(/\b(?:what|how much|how many|at how|when)\b/g)].pop();
  const lifeParts = life ? { life, ...(asked && PER_YEAR.test(s.slice(asked.index)) ? { perYear: true } : {}) } : {};
  return {
    upfront,
    running,
    alternative,
    count: counts[0],
    ...(spans.length ? { spans: [...new Set(spans)] } : {}),
    ...lifeParts,
    ...(work ? { work } : {}),
  };
}

/** Hours of work paid once: "for 80 hours", "for 3 wks x 40h" (weeks of so many hours), right after an hourly rate. */
const WORK_FOR = /^\s*for\s*(?:~|about\s|around\s)?$/;
const WORK_TIMES = /^\s*(?:x|×|\*|at|of)\s*$/;
/** Most hours of work paid once: a working year; longer is renting, not a job done. */
const MAX_WORK_HOURS = 2000;

/** "a contractor at $120/hr for 3 wks x 40h": an hourly rate for a stated number of hours of work is one amount paid
 * once (rate × hours), set against a monthly cost on the other side. */
function paidWork(s: string, qs: Quantity[]): Quantity[] {
  const rates = qs.filter((q) => q.per === 'hour' && sameDims(q.dims, { usd: 1, hour: -1 }) && q.high === undefined);
  // The work is the only amount paid once, set against a monthly (or yearly) cost.
  const once = qs.some((q) => moneyAs(q) && !q.perUnit);
  const periodic = qs.some((q) => q.per && q.per !== 'hour' && moneyAs(q, -1));
  if (rates.length !== 1 || once || !periodic) return qs;
  const rate = rates[0]!;
  const after = qs.filter((q) => q.at > rate.at).sort((a, b) => a.at - b.at);
  const [first, second] = after;
  if (!first || !isSpan(first) || !WORK_FOR.test(s.slice(rate.at + rate.raw.length, first.at))) return qs;
  if (!/\b(?:h|hrs?|hours?|days?|d|wks?|weeks?)$/.test(first.raw.toLowerCase())) return qs;
  // "3 wks x 40h": so many weeks of so many hours each.
  const each = second && isSpan(second) && WORK_TIMES.test(s.slice(first.at + first.raw.length, second.at));
  const written = Number(/\d[\d,]*(?:\.\d+)?/.exec(first.raw)?.[0].replace(/,/g, ''));
  const hours = each ? written * second.value : first.value;
  if (!(hours > 0) || hours > MAX_WORK_HOURS) return qs;
  const parts = each ? [rate, first, second] : [rate, first];
  const work: Quantity = {
    value: rate.value * hours,
    dims: { usd: 1 },
    raw: `(${parts.map((q) => q.raw).join(' × ')})`,
    at: rate.at,
  };
  return [...qs.filter((q) => !parts.includes(q)), work].sort((a, b) => a.at - b.at);
}

/** "we pay 45k/mo for API; self-hosting = 18k/mo + 120k one-time": beside amounts of money, a bare number per
 * month is money per month too. */
function bareFlows(qs: Quantity[]): Quantity[] {
  if (!qs.some((q) => q.dims.usd === 1)) return qs;
  return qs.map((q) => (sameDims(q.dims, { hour: -1 }) && q.per ? { ...q, dims: { usd: 1, hour: -1 } } : q));
}

/** "rent 8 GPUs at $7.50/gpu-hr, used 60% of the time": a share of the time (its `on` names the rate) scales the rate it
 * is of, which is then paid only for the hours used. */
function busyRates(qs: Quantity[]): Quantity[] {
  const busy = qs.filter(
    (q) => q.dims.percent === 1 && q.apply === 'share' && q.on !== undefined && q.high === undefined,
  );
  if (!busy.length) return qs;
  const out = qs.filter((q) => !busy.includes(q));
  for (const f of busy) {
    const i = out.findIndex((q) => q.at === f.on && moneyAs(q, -1));
    if (i < 0) return qs;
    const r = out[i]!;
    out[i] = { ...r, value: (r.value * f.value) / 100, raw: `(${r.raw} × ${f.raw})` };
  }
  return out;
}

/** Hours of use a period, written as such ("730 h/mo", "200 hours a month"): the share of the period an hourly rate is
 * paid for. */
const HOURS_A_PERIOD = /\d\s*(?:h|hrs?|hours?)\s*(?:\/|per|a|an|each|every)\s*(?:mo|mos|month|week|wk|day|year|yr)\b/;

/** "rent at $16/hr, running 730 h/mo": each hourly rate is paid only for the hours used of each period. */
function hoursUsed(qs: Quantity[]): Quantity[] {
  const used = qs.filter(
    (q) => !Object.keys(q.dims).length && q.value > 0 && q.value <= 1 && HOURS_A_PERIOD.test(q.raw.toLowerCase()),
  );
  const hourly = qs.filter((q) => q.per === 'hour' && moneyAs(q, -1));
  if (used.length !== 1 || !hourly.length) return qs;
  const share = used[0]!;
  return qs
    .filter((q) => q !== share)
    .map((q) => (hourly.includes(q) ? { ...q, value: q.value * share.value, raw: `${q.raw} × ${share.raw}` } : q));
}

/** "draws 700 W, power at $0.10/kWh": a power draw and an energy price are one running cost per hour. */
function powerCost(qs: Quantity[]): Quantity[] {
  const draws = qs.filter((q) => q.dims.kwh === 1 && q.dims.hour === -1 && !q.dims.usd);
  const prices = qs.filter((q) => sameDims(q.dims, { usd: 1, kwh: -1 }));
  if (draws.length !== 1 || prices.length !== 1) return qs;
  const [draw, price] = [draws[0]!, prices[0]!];
  const dims = { ...draw.dims, usd: 1 };
  delete dims.kwh;
  const cost: Quantity = { value: draw.value * price.value, dims, raw: `(${draw.raw} × ${price.raw})`, at: draw.at };
  return qs
    .filter((q) => q !== draw && q !== price)
    .concat(cost)
    .sort((a, b) => a.at - b.at);
}

/** An amount in dollars (or dollars an hour), a per-unit amount times the count given. */
export function totalOf(q: Quantity, count?: Quantity): number {
  return perCountOf(q) && count ? q.value * count.value : q.value;
}
