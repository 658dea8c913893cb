// Arithmetic on one entity's own figures: one figure as a multiple of another ("valuation as a multiple
// of revenue"), how long money lasts at a burn rate, this year against last, a total per unit, and which
// other entities have a similar figure. Every result names the sourced inputs it used.
import type { KnowledgeIndex } from '../knowledge/index.js';
import { phraseKey } from '../knowledge/normalize.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { Citer } from './cite.js';
import { figureNumbers, formatCount, formatFigureValue, formatMoney, formatRatio, trimNumber } from './format.js';
import type { Resolution } from './resolve.js';
import { metricsInOrder } from './resolve.js';
import type { Reply } from './types.js';

const RATIO_ASK =
  /\b(multiple|times|ratio|per dollar|for every dollar|for each dollar|vs|versus|against|compared|relative|how many months|how long|last|lasts|runway|exceed|exceeds|cover|bigger|more than)\b/;
const PER_UNIT_ASK = /\b(each|per|average|apiece|a piece|implied|unit)\b/;
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
  const fa = entity.figures.filter((f) => f.metric === x && single(f) !== undefined);
  const fb = entity.figures.filter((f) => f.metric === y && single(f) !== undefined);
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

/** "What did each H100 in DeepSeek's fleet cost?": a money figure that covers a counted thing, divided by the count. */
function perUnit(index: KnowledgeIndex, entity: Entity, lowered: string): Reply | undefined {
  if (!PER_UNIT_ASK.test(lowered)) return undefined;
  for (const count of entity.figures.filter((f) => f.unit === 'count' && f.of && f.value)) {
    const thing = phraseKey(count.of!.split(/\s+/)[0]!);
    if (!` ${lowered} `.includes(` ${thing} `)) continue;
    const money = entity.figures.find(
      (f) => f.unit === 'money' && f.value && ` ${phraseKey(`${f.scope} ${f.note ?? ''}`)} `.includes(` ${thing} `),
    );
    if (!money) continue;
    const citer = new Citer(index.kb);
    const each = money.value! / count.value!;
    const lines = [
      `${formatFigureValue(money)} over ${formatCount(count.value!)} ${count.of} is about ${formatMoney(each, money.currency)} each.`,
      `Inputs: ${citer.metricLabel(money)} ${citer.figure(money)}; ${citer.metricLabel(count)} ${citer.figure(count)}.`,
    ];
    return {
      ...reply(citer, `${entity.name} — per ${count.of}`, lines, [], entity),
      notes: [`The total covers ${money.scope}, so this is an upper bound per unit.`],
    };
  }
  return undefined;
}

const REST_OF =
  /\b(?:everything|all|whatever) (?:other than|else|but|except)\b|\bother than\b|\bthe rest\b|\bremainder\b|\bexcluding\b|\bapart from\b|\bbesides\b|\bexcept\b/;

/** "How much of OpenAI's $5B R&D went to final training, in dollars?": a percentage of a total both sourced. */
function shareInDollars(index: KnowledgeIndex, entity: Entity, lowered: string): Reply | undefined {
  if (!/\b(in dollars|how much money|how many dollars|dollar amount|what amount)\b/.test(lowered)) return undefined;
  const words = (f: Figure) =>
    new Set(
      phraseKey(`${f.scope} ${f.of ?? ''}`)
        .split(' ')
        .filter((w) => w.length > 2 && !['the', 'and', 'per', 'share'].includes(w)),
    );
  for (const pct of entity.figures.filter((f) => f.unit === 'percent' && f.value !== undefined)) {
    const pw = words(pct);
    const total = entity.figures.find(
      (f) => f.unit === 'money' && f.value !== undefined && [...words(f)].some((w) => pw.has(w)),
    );
    if (!total) continue;
    const citer = new Citer(index.kb);
    // "everything other than final training runs": the rest of the total.
    const rest = REST_OF.test(lowered);
    const share = rest ? 100 - pct.value! : pct.value!;
    const amount = (share / 100) * total.value!;
    const lines = [
      `${rest ? `The rest after ${pct.value}%, ${trimNumber(share, 1)}%,` : `${pct.value}%`} of ${formatFigureValue(total)} is about ${formatMoney(amount, total.currency)}.`,
      `Inputs: ${citer.metricLabel(pct)} ${citer.figure(pct)}; ${citer.metricLabel(total)} ${citer.figure(total)}.`,
    ];
    return reply(citer, `${entity.name} — ${pct.scope}, in dollars`, lines, [], entity);
  }
  return undefined;
}

const GAP_ASK = /\b(loss|losses|lose|loses|lost|losing|profit|profits|shortfall|deficit|gap|net|burn)\b/;
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
  if (!GAP_ASK.test(lowered) || !BOTH_SIDES.every((r) => r.test(lowered))) return undefined;
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
  const lines = [
    `${entity.name} ${gap >= 0 ? 'loses' : 'makes'} about ${money(gap)}${per}: its ${citer.metricLabel(cost)} (${formatFigureValue(cost)}, ${citer.nameOf(cost.source)}) minus its ${citer.metricLabel(revenue)} (${formatFigureValue(revenue)}, ${citer.nameOf(revenue.source)}).`,
    `Computed: ${formatFigureValue(cost)} − ${formatFigureValue(revenue)} = ${gap < 0 ? '−' : ''}${money(gap)}${per}.`,
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
    metricRatio(index, res, entity, lowered) ??
    perUnit(index, entity, lowered)
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
