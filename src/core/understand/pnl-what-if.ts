// A what-if on a company's own revenue, costs and margin, with the result asked of them: "say Stability had cut its
// cloud spend by 40% but revenue stayed — yearly loss?" changes the cost only (cost × 0.6 − revenue); "Nvidia revenue
// up 20% but margin slides to the bottom of its range — gross profit?" is revenue × 1.2 × the low margin. Each change
// belongs to the one term its clause names; a clause naming two terms beside a change, or a number no clause places,
// makes no what-if (no figure rather than a change applied to the wrong term).
import { HOURS, type Quantity } from './quantities.js';

/** The terms of a profit and loss a change may name. */
export type PnlTerm = 'revenue' | 'cost' | 'margin' | 'per-dollar' | 'valuation';

/** What the question does to one term. */
export interface TermChange {
  /** Multiplies the term: 0.6 for "cut by 40%", 2 for "doubles". */
  factor?: number;
  /** A point of a sourced range: "the bottom of its range". */
  point?: 'top' | 'bottom' | 'middle';
  /** The change as written ("cut by 40%", "doubles"). */
  raw: string;
}

/** The result asked and the change to each term named: a loss, a profit, a gross profit, the valuation as a multiple
 * of revenue, or the multiple revenue must grow by to cover the costs. */
export interface PnlWhatIf {
  asked: 'loss' | 'profit' | 'gross-profit' | 'multiple' | 'cover';
  /** The loss is asked as how far spending stays above revenue ("how far is spend still above revenue?"). */
  gap?: boolean;
  changes: Partial<Record<PnlTerm, TermChange>>;
}

/** Words of the asking clause: which result is asked. */
const GROSS_PROFIT = /\bgross (?:profit|income|earnings)\b/;
const LOSS = /\b(?:loss|losses|lose|losing|lost|deficit|shortfall|in the red|p&l|p ?& ?l|bottom line)\b/;
/** Spending set above revenue: "how far is spend still above revenue", "how much do costs exceed sales", "the gap". */
const GAP =
  /\b(?:above|exceeds?|exceeding|over|more than|outstrips?|outrun|outruns|ahead of)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:revenues?|sales|income|turnover|earnings|what (?:it|we|they) (?:makes?|earns?|brings? in))\b|\b(?:revenue|sales|income) gap\b|\bgap (?:between|to|with)\b/;
const PROFIT = /\b(?:profit|profits|net income|earnings|in the black|surplus)\b/;

/** A multiple asked: "what revenue multiple", "how many x would revenue have to grow". */
const MULTIPLE_ASK = /\bmultiples?\b|\bhow many (?:x|times)\b|\b(?:x|times) (?:its |the )?(?:revenue|sales)\b/;
/** The multiple asked is what revenue must grow by to pay the costs. */
const COVER_ASK = /\bcover\w*\b|\bbreak ?even\b|\bpay for\b/;
const VALUATION = /\bvaluations?\b|\bvalued\b/;

/** A ratio, a share or a time asked of the result: not the amount itself. */
const OTHER_ASK =
  /%|\bper ?cent\w*\b|\bmultiple\b|\bratio\b|\bhow many (?:times|years|months)\b|\bhow long\b|\brunway\b|\bbreak ?even\b|\b(?:to|per)[- ]revenue\b/;

/** Words naming each term in a clause. */
const TERM_WORDS: Array<[PnlTerm, RegExp]> = [
  ['per-dollar', /\b(?:per|for (?:every|each)|on (?:every|each)) (?:dollar|\$\s?1|buck)\b/],
  ['margin', /\bmargins?\b/],
  ['valuation', VALUATION],
  ['revenue', /\b(?:revenues?|sales|turnover|top line|income|run[- ]?rate|arr|annuali[sz]ed)\b/],
  ['cost', /\b(?:costs?|spend|spends|spending|spent|burn|burns|bills?|expenses?|opex|outgoings)\b/],
];
/** Multiples written as words: "doubles the revenue", "costs halved". */
const MULTIPLE_WORDS: Array<[RegExp, number]> = [
  [/\b(?:doubl(?:e|es|ed|ing))\b/, 2],
  [/\b(?:tripl(?:e|es|ed|ing))\b/, 3],
  [/\b(?:quadrupl(?:e|es|ed|ing))\b/, 4],
  [/\b(?:halv(?:e|es|ed|ing))\b|\b(?:by|in) half\b/, 0.5],
];
const TOP = /\b(?:top|high|upper|higher) (?:end|of)\b|\bceiling\b/;
const BOTTOM = /\b(?:bottom|low|lower) (?:end|of)\b|\bfloor\b/;
const MIDDLE = /\bmid-?point\b|\bmiddle\b|\bmid-?range\b/;
const DOWN =
  /\b(?:cut|cuts|cutting|slash\w*|trim\w*|reduc\w*|lower\w*|fell|fall|falls|drop\w*|down|declin\w*|shr[iau]nk\w*|slid\w*|slip\w*|less)\b/;
const UP =
  /\b(?:up|grew|grow|grows|growing|rose|rise|rises|increas\w*|jump\w*|climb\w*|more|higher|boost\w*|rais\w*)\b/;
/** Where one clause ends and the next begins. */
const CLAUSE_BREAK = /[,;:.!?—–]|\s-\s|\bbut\b|\bwhile\b|\bwhereas\b|\band\b|\byet\b/;

/** The what-if the question asks of a profit and loss, or undefined when it asks none or a number has no place. */
export function pnlWhatIf(text: string, quantities: Quantity[]): PnlWhatIf | undefined {
  const s = text.toLowerCase();
  const clauses = clausesOf(s);
  // The result is asked in the last clause that names one.
  const asks = (c: { text: string }) =>
    GROSS_PROFIT.test(c.text) ||
    LOSS.test(c.text) ||
    PROFIT.test(c.text) ||
    MULTIPLE_ASK.test(c.text) ||
    GAP.test(c.text);
  const askedAt = clauses.length - 1 - [...clauses].reverse().findIndex(asks);
  if (askedAt >= clauses.length) return undefined;
  const askedText = clauses[askedAt]!.text;
  const asked = askedOf(askedText, s);
  if (!asked) return undefined;
  const changes: PnlWhatIf['changes'] = {};
  const placed = new Set<Quantity>();
  for (const [i, c] of clauses.entries()) {
    if (i === askedAt && !termsOf(c.text).length) continue;
    const inClause = quantities.filter((q) => q.at >= c.start && q.at < c.end);
    const change = changeIn(c.text, inClause, c.start);
    if (!change) continue;
    const terms = termsOf(c.text);
    if (terms.length !== 1 || changes[terms[0]!]) return undefined;
    changes[terms[0]!] = change;
    for (const q of inClause) placed.add(q);
  }
  if (!Object.keys(changes).length || quantities.some((q) => !placed.has(q))) return undefined;
  return { asked, changes, ...(asked === 'loss' && GAP.test(askedText) ? { gap: true } : {}) };
}

/** The result the asking clause names: a multiple (of the valuation, or of revenue to cover the costs), a gross
 * profit, a loss or a profit; "the loss-to-revenue multiple", "loss as a % of revenue", "how long would the cash last"
 * ask another thing. */
function askedOf(askedText: string, s: string): PnlWhatIf['asked'] | undefined {
  if (MULTIPLE_ASK.test(askedText)) {
    if (LOSS.test(askedText) || PROFIT.test(askedText)) return undefined;
    if (COVER_ASK.test(askedText)) return 'cover';
    return VALUATION.test(s) ? 'multiple' : undefined;
  }
  if (OTHER_ASK.test(askedText)) return undefined;
  if (GAP.test(askedText) && !PROFIT.test(askedText) && !GROSS_PROFIT.test(askedText)) return 'loss';
  return GROSS_PROFIT.test(askedText) ? 'gross-profit' : LOSS.test(askedText) ? 'loss' : 'profit';
}

/** The terms named by the clause in which the user's number changes an amount ("if revenue grew 40%" → revenue), or
 * none when the number changes nothing there. */
export function changedTerms(text: string, x: Quantity): PnlTerm[] {
  if (x.at < 0) return [];
  // A question word starts the asking, another clause: "if revenue grew 40% what's the valuation".
  const s = text.toLowerCase().replace(/\b(?:what|how|which)\b/g, (w) => `,${w.slice(1)}`);
  const c = clausesOf(s).find((c) => x.at >= c.start && x.at < c.end);
  return c && changeIn(c.text, [x], c.start) ? termsOf(c.text) : [];
}

/** The term a metric's figures give: revenue, a valuation, a margin, a spend per dollar, or a cost of some kind. */
export function termOfMetric(metric: string): PnlTerm | undefined {
  if (metric === 'revenue' || metric === 'valuation') return metric;
  if (metric === 'spend_per_dollar') return 'per-dollar';
  if (/margin/.test(metric)) return 'margin';
  return /cost|spend|burn|capex|opex|budget/.test(metric) ? 'cost' : undefined;
}

/** The clauses of a question, each with where it starts and ends. */
function clausesOf(s: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = new RegExp(CLAUSE_BREAK.source, 'g');
  let start = 0;
  for (const m of s.matchAll(re)) {
    // A decimal point is no break: "1.35 per dollar".
    if (m[0] === '.' && /\d/.test(s[m.index! + 1] ?? '')) continue;
    out.push({ text: s.slice(start, m.index), start, end: m.index! });
    start = m.index! + m[0].length;
  }
  out.push({ text: s.slice(start), start, end: s.length });
  return out.filter((c) => /[a-z]/.test(c.text));
}

/** The terms a clause names; a spend per dollar earned is one term, not a cost and a revenue. */
function termsOf(clause: string): PnlTerm[] {
  const found: PnlTerm[] = [];
  let rest = clause;
  for (const [term, words] of TERM_WORDS) {
    if (!words.test(rest)) continue;
    found.push(term);
    // "spending 1.35 per dollar earned" names the ratio alone.
    if (term === 'per-dollar') rest = '';
  }
  return found;
}

/** The change one clause makes: a percentage up or down, a multiple in words, or a point of a range. */
function changeIn(clause: string, qs: Quantity[], start: number): TermChange | undefined {
  const [q, ...more] = qs;
  if (more.length) return undefined;
  if (q) {
    if (q.high !== undefined) return undefined;
    const words = `${clause.slice(0, q.at - start)} ${clause.slice(q.at - start + q.raw.length)}`;
    if (q.dims.percent === 1 && Object.keys(q.dims).length === 1) {
      const down = DOWN.test(words) || (q.apply === 'less' && !UP.test(words));
      const up = UP.test(words) || (q.apply === 'more' && !DOWN.test(words));
      if (down === up || (down && q.value >= 100)) return undefined;
      return { factor: 1 + ((down ? -1 : 1) * q.value) / 100, raw: clause.trim() };
    }
    if (q.dims.times === 1 && Object.keys(q.dims).length === 1 && !DOWN.test(words))
      return { factor: q.value, raw: clause.trim() };
    return undefined;
  }
  const multiple = MULTIPLE_WORDS.find(([re]) => re.test(clause));
  if (multiple) return { factor: multiple[1], raw: clause.trim() };
  if (BOTTOM.test(clause)) return { point: 'bottom', raw: clause.trim() };
  if (TOP.test(clause)) return { point: 'top', raw: clause.trim() };
  if (MIDDLE.test(clause)) return { point: 'middle', raw: clause.trim() };
  return undefined;
}

/** A base amount of the user's own profit and loss, named by the words of its clause. */
const BASE_WORDS: Array<['revenue' | 'cost' | 'loss' | 'profit', RegExp]> = [
  ['revenue', /\b(?:revenues?|sales|turnover|top line|earns?|earning|makes?|making|made|brings? in|bringing in)\b/],
  ['cost', /\b(?:costs?|spend|spends|spending|expenses?|opex|outgoings|burns?|burning)\b/],
  ['loss', /\b(?:loss|losses|deficit|loses|losing)\b/],
  ['profit', /\b(?:profit|profits|surplus)\b/],
];

/** The user's own revenue and costs (a loss or a profit gives the costs) and the what-if applied to them. */
export interface OwnPnl {
  revenue: Quantity;
  /** The costs as given, or from the revenue and a loss (revenue + loss) or a profit (revenue − profit). */
  cost: { value: number; raw: string };
  whatIf: PnlWhatIf;
  /** The period both amounts are per ("$99M/yr costs vs $11M revenue": a year), when one is written per a period. */
  per?: string;
}

/** "a lab has 11.6B revenue and a 5B loss. cut costs 20%, revenue flat — what's the new P&L?": the user's revenue and
 * loss (or costs, or profit), each alone in a clause naming it, and changes to revenue or costs; every other number
 * must be one of the changes. */
export function ownPnlOf(text: string, quantities: Quantity[]): OwnPnl | undefined {
  const s = text.toLowerCase();
  const base: Partial<Record<'revenue' | 'cost' | 'loss' | 'profit', Quantity>> = {};
  // "sales of $12M with a $2M profit", "$99M costs vs $11M revenue": "with", "vs" start another amount's clause too
  // (same length, so places hold).
  const split = s.replace(/\b(?:with|vs|versus|against)\b/g, (w) => `,${' '.repeat(w.length - 1)}`);
  for (const c of clausesOf(split)) {
    const inClause = quantities.filter((q) => q.at >= c.start && q.at < c.end);
    const [q, ...more] = inClause;
    if (!q || more.length || q.dims.usd !== 1 || q.high !== undefined) continue;
    if (Object.keys(q.dims).length !== 1 && !(q.dims.hour === -1 && q.per && Object.keys(q.dims).length === 2))
      continue;
    const named = BASE_WORDS.filter(([, re]) => re.test(c.text));
    if (named.length !== 1 || base[named[0]![0]]) continue;
    // "cut costs by $2B": an amount beside a word of change is the change, not the base.
    const words = `${c.text.slice(0, q.at - c.start)} ${c.text.slice(q.at - c.start + q.raw.length)}`;
    if (DOWN.test(words) || UP.test(words)) return undefined;
    base[named[0]![0]] = q;
  }
  const given = [base.cost, base.loss, base.profit].filter(Boolean);
  if (!base.revenue || given.length !== 1) return undefined;
  const rest = quantities.filter((q) => q !== base.revenue && !given.includes(q));
  // "$99M/yr costs vs $11M revenue": a period written on one side is the other's too; "$5M/mo costs vs $20M/yr
  // revenue": two periods are both worked by the year.
  const pers = new Set([base.revenue, ...given].map((q) => q!.per).filter((p) => p !== undefined));
  const per = pers.size > 1 ? 'year' : [...pers][0];
  const whole = (q: Quantity | undefined): Quantity | undefined =>
    q?.per ? { ...q, value: q.value * HOURS[per!]!, dims: { usd: 1 }, per: undefined } : q;
  const revenue = whole(base.revenue)!;
  [base.cost, base.loss, base.profit] = [whole(base.cost), whole(base.loss), whole(base.profit)];
  const whatIf = pnlWhatIf(text, rest);
  if (!whatIf || (whatIf.asked !== 'loss' && whatIf.asked !== 'profit')) return undefined;
  // Only revenue and costs change by a factor here: a margin or a spend per dollar is another calculation.
  const { changes } = whatIf;
  if (
    changes.margin ||
    changes['per-dollar'] ||
    changes.valuation ||
    Object.values(changes).some((c) => c?.factor === undefined)
  )
    return undefined;
  const cost = base.cost
    ? { value: base.cost.value, raw: base.cost.raw }
    : base.loss
      ? { value: revenue.value + base.loss.value, raw: `(${revenue.raw} + ${base.loss.raw} loss)` }
      : { value: revenue.value - base.profit!.value, raw: `(${revenue.raw} − ${base.profit!.raw} profit)` };
  return { revenue, cost, whatIf, ...(per ? { per } : {}) };
}
