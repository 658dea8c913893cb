// Arithmetic on one entity's own figures: one figure as a multiple of another ("valuation as a multiple
// of revenue"), how long money lasts at a burn rate, this year against last, a total per unit, and which
// other entities have a similar figure. Every result names the sourced inputs it used.
import type { KnowledgeIndex } from '../knowledge/index.js';
import { phraseKey } from '../knowledge/normalize.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { findAmounts } from './calc.js';
import { Citer } from './cite.js';
import { askedRatio } from './compare-derived.js';
import { figureNumbers, formatCount, formatFigureValue, formatMoney, formatRatio, trimNumber } from './format.js';
import type { Resolution } from './resolve.js';
import { metricHits, metricsInOrder } from './resolve.js';
import type { Reply } from './types.js';

const RATIO_ASK =
  /\b(multiple|times|ratio|price[- ]to[- ]sales|p\/s|per dollar|for every dollar|for each dollar|vs|versus|against|compared|compare|compares|comparison|relative|how many months|how long|last|lasts|runway|exceed|exceeds|cover|bigger|more than)\b/;
const PER_UNIT_ASK = /\b(each|per|average|avg|mean|typical|apiece|a piece|implied|unit)\b/;
const SIMILAR_ASK =
  /\b(about the same|the same as|same as|similar|comparable|as much as|close to|in the same (range|ballpark|band))\b/;

function reply(citer: Citer, title: string, lines: string[], figures: Figure[], entity: Entity): Reply {
  return {
    kind: 'calculation',
    title,
    lines,
    fields: figures.map((f) => citer.field(f)),
    notes: [],
    sources: citer.sources(),
    suggestions: [`tell me about ${entity.name}`],
  };
}

const single = (f: Figure) => (f.value !== undefined ? f.value : undefined);

/** "Anthropic's valuation as a multiple of its revenue", "Zhipu's IPO money at its burn rate". */
function metricRatio(index: KnowledgeIndex, res: Resolution, entity: Entity, lowered: string): Reply | undefined {
  if (!RATIO_ASK.test(lowered)) return undefined;
  // "OpenAI's spend per dollar of revenue": a ratio the thing holds, asked first, is its sourced figure to show.
  const first = metricsInOrder(index, res.words)[0];
  if (first && index.isRatio(first) && entity.figures.some((f) => f.metric === first)) return undefined;
  // "OpenAI's price-to-sales": a ratio named by a name of its own (metrics.yaml `ratios`) says both terms.
  const named = askedRatio(index, lowered);
  const worked = named && ratioOf(index, entity, named.num, named.den, lowered);
  if (worked) return worked;
  const own = [
    ...new Set(
      metricsInOrder(index, res.words)
        .map((m) => index.ownMetric(entity, m))
        .filter((m): m is string => Boolean(m) && !index.isRatio(m!)),
    ),
  ];
  const pairs: Array<[string, string]> = [];
  for (let i = 0; i < own.length; i++) for (let j = i + 1; j < own.length; j++) pairs.push([own[i]!, own[j]!]);
  // "How many months does the IPO money cover?": a pair of a sum and a monthly rate comes first.
  if (/\b(months?|how long|last|lasts|runway|cover)\b/.test(lowered)) {
    const monthly = (m: string) => entity.figures.some((f) => f.metric === m && f.unit === 'money/month');
    pairs.sort((p, q) => Number(monthly(q[0]) || monthly(q[1])) - Number(monthly(p[0]) || monthly(p[1])));
  }
  for (const [x, y] of pairs) {
    const found = ratioOf(index, entity, x, y, lowered);
    if (found) return found;
  }
  return undefined;
}

function ratioOf(index: KnowledgeIndex, entity: Entity, x: string, y: string, lowered: string): Reply | undefined {
  // "using the 157B valuation and the 11.6B revenue": a figure the user quotes is the one meant, where sources differ.
  const quoted = findAmounts(lowered).map((a) => a.value);
  const quotes = (f: Figure) => quoted.some((v) => Math.abs(v - single(f)!) <= Math.abs(single(f)!) * 1e-9);
  const pick = (fs: Figure[]) => (fs.some(quotes) ? fs.filter(quotes) : fs);
  const fa = pick(entity.figures.filter((f) => f.metric === x && single(f) !== undefined));
  const fb = pick(entity.figures.filter((f) => f.metric === y && single(f) !== undefined));
  const citer = new Citer(index.kb);
  const lines: string[] = [];
  for (const f of fa) {
    for (const g of fb) {
      const a = single(f)!;
      const b = single(g)!;
      if (!b || f.currency !== g.currency) continue;
      const nameA = `${entity.name}'s ${citer.metricLabel(f)} (${formatFigureValue(f)}, ${citer.nameOf(f.source)})`;
      const nameB = `${citer.metricLabel(g)} (${formatFigureValue(g)}, ${citer.nameOf(g.source)})`;
      if (f.unit === 'money' && g.unit === 'money/month')
        lines.push(`${nameA} lasts about ${trimNumber(a / b, 1)} months at its ${nameB}.`);
      else if (g.unit === 'money' && f.unit === 'money/month')
        lines.push(
          `${entity.name}'s ${citer.metricLabel(g)} lasts about ${trimNumber(b / a, 1)} months at ${formatFigureValue(f)} a month.`,
        );
      else if (
        f.unit === g.unit ||
        (f.unit.startsWith('money') && g.unit.startsWith('money') && f.unit !== 'money/Mtok' && g.unit !== 'money/Mtok')
      ) {
        // The bigger figure leads, so the multiple reads ≥ 1×.
        const [big, small, r] =
          a >= b ? [nameA, nameB, a / b] : [`${entity.name}'s ${nameB}`, nameA.replace(`${entity.name}'s `, ''), b / a];
        const perDollar =
          /\bper dollar|for (every|each) dollar\b/.test(lowered) && f.unit.startsWith('money')
            ? ` — ${formatMoney(a / b, f.currency)} per dollar`
            : '';
        lines.push(`${big} is ${formatRatio(r)} its ${small}${perDollar}.`);
      }
    }
  }
  if (!lines.length) return undefined;
  for (const f of [...fa, ...fb]) citer.figure(f);
  return reply(
    citer,
    `${entity.name} — ${citer.metricLabel(fa[0]!)} against ${citer.metricLabel(fb[0]!)}`,
    lines,
    [...fa, ...fb],
    entity,
  );
}

/** The words that put one figure over another: "as a % of", "share of", "over", "divided by" ("relative to", "per
 * dollar of" are the multiple answer's). The word before names the part asked; the figure after it is the whole. */
const SHARE_OF = /^(?:%|percent|percentage|share|fraction|proportion|pct)$/;

/** Where the question puts one named figure over another: the word that splits part from whole, and whether a
 * percentage is asked ("as a % of", "what share of") rather than a multiple ("valuation over revenue"). */
function splitAt(words: string[]): { at: number; percent: boolean } | undefined {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (SHARE_OF.test(w) && words[i + 1] === 'of') return { at: i + 1, percent: true };
    if (w === 'divided' && words[i + 1] === 'by') return { at: i + 1, percent: false };
    if (w === 'over' && i > 0) return { at: i, percent: false };
  }
  return undefined;
}

/** The article the question names as its source picks among figures of one metric ("using the chapter's numbers"). */
const fromArticle = (fs: Figure[], articles: string[] | undefined) => {
  const named = fs.filter((f) => articles?.includes(f.source));
  return named.length ? named : fs;
};

/** "Zhipu's IPO capital as a % of its IPO valuation", "OpenAI's valuation over its revenue": two of one entity's
 * figures, named on either side of the word that splits part from whole, one over the other. Each input keeps its
 * source; several figures of one metric each give a result. */
function ownShare(index: KnowledgeIndex, res: Resolution, entity: Entity): Reply | undefined {
  const words = res.words.filter(Boolean);
  const found = splitAt(words);
  if (!found) return undefined;
  // "revenue over valuation, as a %?": a percentage asked anywhere.
  const split = { ...found, percent: found.percent || words.some((w) => SHARE_OF.test(w) && w !== 'share') };
  const hits = metricHits(index, res.words)
    .map((h) => ({ ...h, own: index.ownMetric(entity, h.metric) }))
    .filter((h): h is typeof h & { own: string } => Boolean(h.own) && !index.isRatio(h.own!));
  const before = hits.filter((h) => h.at + h.len <= split.at - (found.percent ? 1 : 0)).pop();
  const after = hits.find((h) => h.at > split.at);
  // "what share of its valuation was the IPO capital": both named after the split, the whole first.
  // The part follows the whole closely ("…of its valuation was the IPO capital"), not in another clause.
  const later = hits.filter(
    (h) => after && h.own !== after.own && h.at > after.at && h.at - (after.at + after.len) <= 3,
  );
  const [part, whole] = before ? [before, after] : [later[0], after];
  if (!part || !whole || part.own === whole.own) return undefined;
  const figs = (m: string) =>
    fromArticle(
      entity.figures.filter((f) => f.metric === m && single(f) !== undefined && f.unit.startsWith('money')),
      res.articles,
    );
  const fa = figs(part.own);
  const fb = figs(whole.own);
  if (!fa.length || !fb.length) return undefined;
  const citer = new Citer(index.kb);
  const results: string[] = [];
  const formulas: string[] = [];
  for (const f of fa)
    for (const g of fb) {
      if (f.currency !== g.currency || !single(g)) continue;
      const r = single(f)! / single(g)!;
      // A part smaller than its whole reads as a percentage, never "≈0.08×".
      const percent = split.percent || r < 1;
      const shown = percent ? `${trimNumber(r * 100, r * 100 < 1 ? 3 : 1)}%` : formatRatio(r);
      // Several figures of one metric: each result says which source's figure it used.
      const which = [fa.length > 1 ? f : undefined, fb.length > 1 ? g : undefined].filter((x): x is Figure => !!x);
      const lead = which.length
        ? ` (with ${which.map((x) => `${formatFigureValue(x)}, ${citer.nameOf(x.source)}`).join('; ')})`
        : '';
      results.push(`${shown}${lead}`);
      formulas.push(`${formatFigureValue(f)} ÷ ${formatFigureValue(g)}${percent ? ' × 100' : ''} = ${shown}`);
    }
  if (!results.length) return undefined;
  const label = (f: Figure) => citer.metricLabel(f);
  const lines = [
    `${entity.name}'s ${label(fa[0]!)} is ${results.join(' or ')}${results.some((x) => x.includes('%')) ? ' of' : ''} its ${label(fb[0]!)}.`,
    `Computed: ${formulas.join('; ')}.`,
    `Inputs: ${[...fa, ...fb].map((f) => `${label(f)} ${citer.figure(f)}`).join('; ')}.`,
  ];
  return reply(
    citer,
    `${entity.name} — ${label(fa[0]!)} ${split.percent ? 'as a share of' : 'over'} ${label(fb[0]!)}`,
    lines,
    [],
    entity,
  );
}

/** "By what multiple does Meta's 2026 budget exceed its 2025 spend?": the same metric in two years. */
function yearOverYear(index: KnowledgeIndex, res: Resolution, entity: Entity, lowered: string): Reply | undefined {
  const years = [...new Set(res.years)];
  if (years.length < 2 || !RATIO_ASK.test(lowered)) return undefined;
  const citer = new Citer(index.kb);
  for (const metric of metricsInOrder(index, res.words)) {
    const byYear = years.map((y) => entity.figures.filter((f) => f.metric === metric && f.period.includes(y)));
    if (byYear.some((fs) => !fs.length)) continue;
    const [early, late] = years[0]! < years[1]! ? [byYear[0]!, byYear[1]!] : [byYear[1]!, byYear[0]!];
    const lines: string[] = [];
    for (const l of late) {
      for (const e of early) {
        const lv = figureNumbers(l);
        const ev = figureNumbers(e);
        const lo = Math.min(...lv) / Math.max(...ev);
        const hi = Math.max(...lv) / Math.min(...ev);
        lines.push(
          `${formatFigureValue(l)} (${l.period}, ${citer.nameOf(l.source)}) is ${multiple(lo, hi)} ${formatFigureValue(e)} (${e.period}, ${citer.nameOf(e.source)}).`,
        );
      }
    }
    for (const f of [...early, ...late]) citer.figure(f);
    return reply(
      citer,
      `${entity.name} — ${citer.metricLabel(late[0]!)}, ${late[0]!.period} against ${early[0]!.period}`,
      lines,
      [...early, ...late],
      entity,
    );
  }
  return undefined;
}

/** How many times one figure is another: "≈3×" when it grew, "≈280× lower than" when it fell (never "≈0×"). */
function multiple(lo: number, hi: number): string {
  const span = (a: number, b: number) =>
    a === b ? formatRatio(a) : `${formatRatio(a)} to ${formatRatio(b).replace('≈', '')}`;
  return hi < 1 ? `${span(1 / hi, 1 / lo)} lower than` : span(lo, hi);
}

/** Words of a phrase a question may name it by: four letters or more, singular ("rounds" → "round"). */
const nameWords = (text: string) =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? [])
    .filter((w) => w.length >= 3 && !NAMELESS.has(w))
    .map((w) => w.replace(/s$/, ''));
/** How a reply's title names a currency. */
const CURRENCY_WORDS: Record<string, string> = { USD: 'dollars', CNY: 'yuan', EUR: 'euros' };
/** Words naming the total a share is of, not the share. */
const TOTAL_WORDS = new Set(['revenue', 'cost', 'costs', 'spend', 'spending', 'budget', 'sales', 'income']);
/** Words every scope shares: they name no particular figure. */
const NAMELESS = new Set(
  'the and per share from not with total annual yearly incl that went goes came comes into its their'.split(' '),
);

/** Whether the question names a word: the word itself, or one sharing its first four letters ("on-prem", "premise"). */
function namesWord(lowered: string, w: string): boolean {
  // "h100" reaches us tokenised as "h 100": the phrase keys compare it whole.
  if (` ${phraseKey(lowered)} `.includes(` ${phraseKey(w)} `)) return true;
  return (lowered.match(/[a-z0-9]+/g) ?? []).some((x) => {
    const y = x.replace(/s$/, '');
    return y === w || (y.length >= 4 && w.length >= 4 && (w.startsWith(y) || y.startsWith(w)));
  });
}

/** "What did each H100 in DeepSeek's fleet cost?", "PaLM's training bill per TPU chip", "average round size of
 * Mistral's funding": a money figure divided by a count the entity holds, the thing counted named in the question.
 * The money is the figure that says it covers the thing, else the money metric asked. */
function perUnit(index: KnowledgeIndex, res: Resolution, entity: Entity, lowered: string): Reply | undefined {
  const per = perUnitOf(index, res, entity, lowered);
  if (!per) return undefined;
  const { money, count, each, citer, note } = per;
  const lines = [
    `${formatFigureValue(money)} over ${formatCount(count.value!)} ${count.of} is about ${formatMoney(each, money.currency)} each.`,
    `Inputs: ${citer.metricLabel(money)} ${citer.figure(money)}; ${citer.metricLabel(count)} ${citer.figure(count)}.`,
  ];
  return {
    ...reply(citer, `${entity.name} — per ${count.of!.replace(/s$/, '')}`, lines, [], entity),
    notes: note ? [note] : [],
  };
}

/** A money figure over a count the entity holds, with what the average means. */
export interface PerUnit {
  money: Figure;
  count: Figure;
  each: number;
  citer: Citer;
  note?: string;
}

/** The total over the count behind "each H100 in DeepSeek's fleet", or undefined when no count is named. */
export function perUnitOf(
  index: KnowledgeIndex,
  res: Resolution,
  entity: Entity,
  lowered: string,
): PerUnit | undefined {
  if (!PER_UNIT_ASK.test(lowered)) return undefined;
  for (const count of entity.figures.filter((f) => f.unit === 'count' && f.of && f.value)) {
    const things = nameWords(count.of!).filter((w) => !/^\d/.test(w) && w !== 'billion' && w !== 'million');
    const thing = things.find((w) => namesWord(lowered, w));
    if (!thing) continue;
    const moneys = entity.figures.filter((f) => f.unit === 'money' && f.value);
    // The total the count itself says it is worth ("50,000 H100s (worth ~$1.3B)"), else the total that says it covers
    // the things ("incl. ~50,000 H100 GPUs"); a total that says it leaves them out ("excludes … the GPU fleet", "GPU
    // hours only") never covers them.
    const worth = findAmounts(`${count.scope} ${count.note ?? ''}`).filter((a) => a.value >= 1e3);
    const leavesOut = (f: Figure) =>
      /\bexcl\w*|\bonly\b|\bleaves? out\b|\bwithout\b/.test(`${f.scope} ${f.note ?? ''}`);
    const covers =
      moneys.find((f) => worth.some((a) => Math.abs(a.value - f.value!) <= f.value! * 0.02)) ??
      moneys.find((f) => !leavesOut(f) && nameWords(`${f.scope} ${f.note ?? ''}`).some((w) => things.includes(w)));
    const asked = metricsInOrder(index, res.words)
      .map((m) => index.ownMetric(entity, m))
      .find((m) => m && entity.figures.some((f) => f.metric === m && f.unit === 'money' && f.value));
    const money = covers ?? entity.figures.find((f) => f.metric === asked && f.unit === 'money' && f.value);
    if (!money) continue;
    const citer = new Citer(index.kb);
    const each = money.value! / count.value!;
    // A total that includes more than the things counted ("incl. ~50,000 H100s, staff") bounds each from above; a
    // total that is not about them (a training bill over its chips) is an average, not a unit price.
    const note = !covers
      ? `An average of the ${citer.metricLabel(money)} over the ${count.of}, not the price of one.`
      : /\bincl|\bincluding\b/.test(money.scope)
        ? `The total covers ${money.scope}, so this is an upper bound per unit.`
        : undefined;
    return { money, count, each, citer, ...(note ? { note } : {}) };
  }
  return undefined;
}

const REST_OF =
  /\b(?:everything|all|whatever) (?:other than|else|but|except)\b|\bother than\b|\bthe rest\b|\bremainder\b|\bexcluding\b|\bapart from\b|\bbesides\b|\bexcept\b/;

/** "share of enterprise revenue from …" is not a share of all revenue: every word qualifying the base the share is
 * of must be in the total's own scope (or be the entity's name). */
function sameBase(pct: Figure, total: Figure, entity: Entity): boolean {
  const m =
    /\bof (?:its |the |their )?([\w\s'&/-]*?)\b(revenue|r&d|spend|spending|cost|costs|budget|sales|income)\b/i.exec(
      pct.scope,
    );
  if (!m) return true;
  const own = new Set([
    ...nameWords(total.scope),
    ...nameWords(entity.name),
    'its',
    'the',
    'annual',
    'yearly',
    'total',
  ]);
  return nameWords(m[1]!).every((w) => own.has(w) || w === 's');
}

/** A part of revenue asked in money: "how much came from on-prem contracts", "how much did it make from on-prem
 * deployments". A margin is no such part ("how much does Nvidia make from chips" asks revenue, not gross profit). */
const MADE_FROM =
  /\bhow much\b(?: [\w'’-]+){0,5}? (?:came|come|comes|coming|make|makes|made|earn|earns|earned|get|gets|got|bring|brings|brought)(?: in)? from\b/;
/** A share asked in money: "in dollars", "how much of it came from on-prem contracts", "gross profit", "times its
 * margin". */
const SHARE_IN_MONEY =
  /\b(in dollars|in yuan|how much money|how many dollars|dollar amount|what amount|gross profit|profit in dollars)\b|\bhow much of\b|\b(?:times|×|x) (?:its|the|their) (?:\w+ )?margins?\b/;

/** "How much of OpenAI's $5B R&D went to final training, in dollars?", "Zhipu's revenue: how much came from on-prem
 * contracts?", "Nvidia's revenue times its margin range": a percentage of a total both sourced; a range gives both
 * ends. Of several percentages, the one whose own words the question names most. */
function shareInDollars(index: KnowledgeIndex, entity: Entity, lowered: string): Reply | undefined {
  const madeFrom = MADE_FROM.test(lowered) && !SHARE_IN_MONEY.test(lowered);
  if (!madeFrom && !SHARE_IN_MONEY.test(lowered)) return undefined;
  const words = (f: Figure) =>
    new Set(
      phraseKey(`${f.scope} ${f.of ?? ''}`)
        .split(' ')
        .filter((w) => w.length > 2 && !['the', 'and', 'per', 'share'].includes(w)),
    );
  // Words that name the total, not which part of it: "revenue" is in every share of revenue. The company's own name
  // names no part either ("how much money does OpenAI make" is not its share of R&D on training runs).
  const own = new Set(nameWords([entity.name, ...entity.aliases].join(' ')));
  const named = (f: Figure) =>
    nameWords(`${f.scope} ${f.of ?? ''}`).filter((w) => !TOTAL_WORDS.has(w) && !own.has(w) && namesWord(lowered, w))
      .length;
  const all = entity.figures.filter(
    (f) =>
      f.unit === 'percent' &&
      (f.value !== undefined || f.range !== undefined) &&
      !(madeFrom && index.kb.metrics.get(f.metric)?.label.includes('margin')),
  );
  const pcts = all
    .map((f) => ({ f, n: named(f) + (/\brange\b/.test(lowered) && f.range ? 1 : 0) }))
    // A share the question does not name is not the one asked ("how much of R&D went to synthetic data" is not
    // the share that went to final training runs).
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n);
  for (const { f: pct } of pcts) {
    const pw = words(pct);
    const total = entity.figures.find(
      (f) =>
        f.unit.startsWith('money') &&
        f.value !== undefined &&
        [...words(f)].some((w) => pw.has(w)) &&
        sameBase(pct, f, entity) &&
        !(/^\d{4}$/.test(pct.period) && /^\d{4}$/.test(f.period) && pct.period !== f.period),
    );
    if (!total) continue;
    const citer = new Citer(index.kb);
    // "everything other than final training runs": the rest of the total.
    const rest = REST_OF.test(lowered);
    const [low, high] = pct.range ?? [pct.value!, pct.value!];
    const shares = rest ? [100 - high, 100 - low] : [low, high];
    const amount = (p: number) => formatMoney((p / 100) * total.value!, total.currency);
    const per = total.unit === 'money/year' ? ' a year' : total.unit === 'money/month' ? ' a month' : '';
    const pctText = low === high ? `${trimNumber(shares[0]!, 1)}%` : `${shares[0]}–${shares[1]}%`;
    const result = low === high ? amount(shares[0]!) : `${amount(shares[0]!)} to ${amount(shares[1]!)}`;
    const about = total.bound === 'at-least' ? 'at least' : 'about';
    const lines = [
      `${rest ? `The rest after ${formatFigureValue(pct)}, ${pctText},` : pctText} of ${formatFigureValue(total)} is ${about} ${result}${per}.`,
      `Inputs: ${citer.metricLabel(pct)} ${citer.figure(pct)}; ${citer.metricLabel(total)} ${citer.figure(total)}.`,
    ];
    const unit = CURRENCY_WORDS[total.currency ?? ''] ?? 'money';
    return reply(citer, `${entity.name} — ${pct.scope}, in ${unit}`, lines, [], entity);
  }
  return undefined;
}

const GAP_ASK = /\b(loss|losses|lose|loses|lost|losing|profit|profits|shortfall|deficit|gap|net|burn|minus|less)\b/;
/** The period the gap is asked in, the last named: "annual costs minus revenue - as a monthly net burn" is a month. */
const GAP_PER =
  /\b(?:(monthly|a month|per month|each month|every month|\/mo)|(yearly|annual|annually|a year|per year|each year|\/yr))\b/g;

/** Whether a question asks one thing's costs less its revenue ("Stability's annual costs minus revenue"): worked from
 * its own figures, not one of them converted. */
export function asksCostMinusRevenue(lowered: string): boolean {
  return GAP_ASK.test(lowered) && BOTH_SIDES.every((r) => r.test(lowered));
}
const COSTS = ['operating_cost', 'ai_spend', 'burn_rate'];
const BOTH_SIDES = [
  /\b(cost|costs|spend|spends|spending|spent|expenses|outgoings)\b/,
  /\b(revenue|revenues|earn|earns|earnings|income|sales|makes|brings in)\b/,
];

/** "Stability's annual loss, given its costs and revenue": its cost minus its revenue, over the same period, when
 * the sources give both and no loss of its own. */
function costMinusRevenue(index: KnowledgeIndex, entity: Entity, lowered: string): Reply | undefined {
  // Worked only when asked from both sides ("given its costs and revenue"); a bare "losses in 2023" is a figure the
  // sources lack and is declined.
  if (!asksCostMinusRevenue(lowered)) return undefined;
  if (entity.figures.some((f) => f.metric === 'loss' || f.metric === 'profit')) return undefined;
  const revenue = entity.figures.find((f) => f.metric === 'revenue' && single(f) !== undefined);
  const cost = entity.figures.find(
    (f) =>
      COSTS.includes(f.metric) &&
      single(f) !== undefined &&
      f.unit === revenue?.unit &&
      f.currency === revenue.currency,
  );
  if (!revenue || !cost) return undefined;
  const citer = new Citer(index.kb);
  const gap = single(cost)! - single(revenue)!;
  const per = cost.unit === 'money/year' ? ' a year' : cost.unit === 'money/month' ? ' a month' : '';
  const money = (n: number) => formatMoney(Math.abs(n), cost.currency);
  // Asked in the other period ("as a monthly net burn"): a year's gap over 12 months, or a month's times 12.
  const asked = [...lowered.matchAll(GAP_PER)].pop();
  const other =
    asked && per === ' a year' && asked[1]
      ? { value: gap / 12, per: ' a month', how: ' ÷ 12' }
      : asked && per === ' a month' && asked[2]
        ? { value: gap * 12, per: ' a year', how: ' × 12' }
        : undefined;
  const shown = other ? `${money(other.value)}${other.per} (${money(gap)}${per})` : `${money(gap)}${per}`;
  const lines = [
    `${entity.name} ${gap >= 0 ? 'loses' : 'makes'} about ${shown}: its ${citer.metricLabel(cost)} (${formatFigureValue(cost)}, ${citer.nameOf(cost.source)}) minus its ${citer.metricLabel(revenue)} (${formatFigureValue(revenue)}, ${citer.nameOf(revenue.source)}).`,
    other
      ? `Computed: (${formatFigureValue(cost)} − ${formatFigureValue(revenue)})${other.how} = ${gap < 0 ? '−' : ''}${money(other.value)}${other.per}.`
      : `Computed: ${formatFigureValue(cost)} − ${formatFigureValue(revenue)} = ${gap < 0 ? '−' : ''}${money(gap)}${per}.`,
  ];
  return reply(
    citer,
    `${entity.name} — ${gap >= 0 ? 'loss' : 'surplus'} from its costs and revenue`,
    lines,
    [cost, revenue],
    entity,
  );
}

/** One entity's own figures worked against each other, or undefined when the question asks none of that. */
export function ownFigureAnswer(
  index: KnowledgeIndex,
  res: Resolution,
  entity: Entity,
  lowered: string,
): Reply | undefined {
  return (
    costMinusRevenue(index, entity, lowered) ??
    shareInDollars(index, entity, lowered) ??
    yearOverYear(index, res, entity, lowered) ??
    ownShare(index, res, entity) ??
    metricRatio(index, res, entity, lowered) ??
    perUnit(index, res, entity, lowered)
  );
}

/** "Which open model cost about the same as GPT-3?": others whose figure is within a quarter of this one's. */
export function similarFigures(
  index: KnowledgeIndex,
  res: Resolution,
  entity: Entity,
  lowered: string,
): Reply | undefined {
  if (!SIMILAR_ASK.test(lowered)) return undefined;
  const metric =
    metricsInOrder(index, res.words).find((m) => entity.figures.some((f) => f.metric === m)) ??
    entity.figures[0]?.metric;
  const mine = entity.figures.filter((f) => f.metric === metric && f.value !== undefined);
  if (!metric || !mine.length) return undefined;
  const wantOpen = /\bopen\b/.test(lowered);
  const close: Array<{ e: Entity; f: Figure }> = [];
  for (const e of index.kb.entities.values()) {
    if (e.id === entity.id || (wantOpen && e.kind === 'models' && e.open === 'closed')) continue;
    for (const f of e.figures) {
      if (f.metric !== metric || f.value === undefined || f.unit !== mine[0]!.unit) continue;
      if (mine.some((m) => Math.abs(f.value! - m.value!) <= 0.25 * m.value!)) close.push({ e, f });
    }
  }
  const citer = new Citer(index.kb);
  const label = citer.metricLabel(mine[0]!);
  const lines = [`${entity.name}'s ${label}: ${mine.map((f) => citer.figure(f)).join('; ')}.`];
  if (close.length)
    lines.push(`Within a quarter of that: ${close.map(({ e, f }) => `${e.name} ${citer.figure(f)}`).join('; ')}.`);
  else lines.push(`No other ${label} in my sources is within a quarter of that.`);
  return reply(citer, `${label} close to ${entity.name}'s`, lines, [], entity);
}
