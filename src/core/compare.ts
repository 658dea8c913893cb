// Comparisons: two entities, each with the figure the question asks of it, and the computed ratio and
// difference for every pair of sourced figures (so disagreeing sources give two ratios, not one guess).
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { Citer } from './cite.js';
import { changeAsked, changeBetweenSides } from './compare-change.js';
import { attributeCompare, rankedCompare } from './compare-sides.js';
import { figureNumbers, formatFigureValue, formatMoney, formatRatio, trimNumber } from './format.js';
import { noSideFigure } from './replies.js';
import type { Mention, Resolution } from './resolve.js';
import { detectMetrics } from './resolve.js';
import type { Reply } from './types.js';

/** Words that make two named things a comparison. */
export const COMPARE_WORDS =
  /\b(vs\.?|versus|compare[ds]?|comparison|comparing|than|times|ratio|multiple|cheaper|bigger|larger|smaller|more expensive|less expensive|difference|differ|fit|afford|pay for|relative|against|grow|grew|growth|increase|exceed|exceeds|from\b.+\bto)\b|×/;
const SEPARATORS =
  /\b(vs\.?|versus|compared (?:to|with)|against|than|relative to|how many times(?: bigger| more| larger)?|to|and|or|with)\b|,|\/|\+|\bx\b/g;

/** One side of a comparison. */
interface Side {
  entity: Entity;
  figures: Figure[];
  metric?: string;
}

function pickFigures(e: Entity, metric: string | undefined, segment: string, years: string[], whole: string): Figure[] {
  if (!metric) return [];
  let figs = e.figures.filter((f) => f.metric === metric);
  if (/\bcompute\b/.test(segment)) {
    const c = figs.filter((f) => /compute|gpu/i.test(f.scope));
    if (c.length) figs = c;
  }
  if (/\btotal\b|\ball[- ]in\b/.test(segment)) {
    const t = figs.filter((f) => /total/i.test(f.scope));
    if (t.length) figs = t;
  }
  const y = figs.filter((f) => years.some((yr) => f.period.includes(yr)));
  if (y.length) figs = y;
  // "Per year" anywhere in the question applies to both sides.
  return perYear(figs, whole);
}

const YEAR_WORDS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };
/** "per year" asked of a multi-year total: compare the yearly share, and say that it was divided. */
function perYear(figs: Figure[], segment: string): Figure[] {
  if (!/\b(per year|a year|each year|annual|annually|yearly|spread)\b/.test(segment)) return figs;
  return figs.map(yearlyShare);
}

/** A multi-year total ("$53B over three years") as its even yearly share, its scope saying so; others as they are. */
export function yearlyShare(f: Figure): Figure {
  const m = /\b(\d+|two|three|four|five|ten)[- ]years?\b/.exec(`${f.period} ${f.scope}`);
  const n = m ? (YEAR_WORDS[m[1]!] ?? Number(m[1])) : 0;
  if (n < 2 || f.unit !== 'money') return f;
  const div = (v: number) => v / n;
  return {
    ...f,
    value: f.value !== undefined ? div(f.value) : undefined,
    range: f.range ? [div(f.range[0]), div(f.range[1])] : undefined,
    scope: `${f.scope}, spread evenly over ${n} years`,
  } as Figure;
}

function sharedMetric(index: KnowledgeIndex, a: Entity, b: Entity): string | undefined {
  const am = new Set(a.figures.map((f) => f.metric));
  const bm = new Set(b.figures.map((f) => f.metric));
  return index.comparableOrder().find((m) => am.has(m) && bm.has(m)) ?? [...am].find((m) => bm.has(m));
}

/** A percentage asked of how much less or more one side is than the other. */
const LESS_ASKED = /\b(?:cheaper|less|lower|smaller)\b/;
const MORE_ASKED = /\b(?:more expensive|pricier|costlier|more|bigger|higher|larger)\b/;

/** Same kind of quantity: money with money, percent with percent. */
function compatible(a: Figure, b: Figure): boolean {
  // A price per million tokens is set against prices only: never against a total (a training bill of $170M is not
  // "5.7M× GPT-4's $30/M").
  const kind = (f: Figure) =>
    f.unit === 'money/Mtok' ? `${f.unit}:${f.currency}` : f.unit.startsWith('money') ? `money:${f.currency}` : f.unit;
  return kind(a) === kind(b);
}

/**
 * Compares the first pair of distinct entities (in the order named) that have comparable figures.
 * `explicit` says the question asked for a comparison; without it both sides must share a metric.
 */
export function compareAnswer(
  index: KnowledgeIndex,
  res: Resolution,
  mentions: Mention[],
  lowered: string,
  explicit = true,
  quoted: readonly number[] = [],
): Reply | undefined {
  const whole =
    attributeCompare(index, res, mentions, lowered, explicit) ?? rankedCompare(index, res, mentions, lowered);
  if (whole) return whole;
  const ordered = [...mentions]
    .filter((m) => m.ids.length === 1 && index.entity(m.ids[0]!)?.kind !== 'concepts')
    .sort((x, y) => x.start - y.start);
  const distinct: Mention[] = [];
  for (const m of ordered) if (!distinct.some((d) => d.ids[0] === m.ids[0])) distinct.push(m);
  // Pairs that share a metric the question names come first ("Google's models: Gemini Ultra vs PaLM training cost").
  const pairs: Array<[Mention, Mention]> = [];
  for (let i = 0; i < distinct.length; i++)
    for (let j = i + 1; j < distinct.length; j++) pairs.push([distinct[i]!, distinct[j]!]);
  const shares = ([x, y]: [Mention, Mention]) =>
    res.metrics.some(
      (m) =>
        index.entity(x.ids[0]!)!.figures.some((f) => f.metric === m) &&
        index.entity(y.ids[0]!)!.figures.some((f) => f.metric === m),
    );
  pairs.sort((p, q) => Number(shares(q)) - Number(shares(p)));
  for (const [x, y] of pairs) {
    const reply = comparePair(index, res, x, y, lowered, explicit, quoted);
    if (reply) return reply;
  }
  return undefined;
}

function comparePair(
  index: KnowledgeIndex,
  res: Resolution,
  ma: Mention,
  mb: Mention,
  lowered: string,
  explicit: boolean,
  quoted: readonly number[],
): Reply | undefined {
  const a = index.entity(ma.ids[0]!)!;
  const b = index.entity(mb.ids[0]!)!;

  // Split the question at the last separator between the two names, so each side keeps its own metric words.
  const words = res.words;
  let cut = mb.start;
  const between = words.slice(ma.end, mb.start).join(' ');
  const seps = [...` ${between} `.matchAll(SEPARATORS)];
  if (seps.length) {
    const last = seps[seps.length - 1]!;
    const prefixWords = ` ${between} `.slice(0, last.index).trim().split(/\s+/).filter(Boolean).length;
    cut = ma.end + prefixWords + last[0].trim().split(/\s+/).length;
  }
  const segA = words.slice(0, Math.max(cut, ma.end)).join(' ');
  const segB = words.slice(Math.max(cut, ma.end)).join(' ');
  const useful = (ms: string[], e: Entity) => {
    // Near-synonyms count ("the chip layer's revenue" is its market size).
    const own = [...new Set(ms.map((m) => index.ownMetric(e, m)).filter((m): m is string => m !== undefined))];
    // Ratio metrics: the comparison computes its own, so these only serve when nothing else does.
    const plain = own.filter((m) => !index.isRatio(m));
    return plain.length ? plain : own;
  };
  const metricsA = useful(detectMetrics(index, segA.split(' ')), a);
  const metricsB = useful(detectMetrics(index, segB.split(' ')), b);
  const has = (e: Entity, m: string) => e.figures.some((f) => f.metric === m);
  const global = res.metrics.filter((m) => has(a, m) && has(b, m) && !index.isRatio(m));
  const shared = sharedMetric(index, a, b);
  // Candidate metric pairs, most specific first: each side's own words, then shared words, then a default.
  const pairsToTry: Array<[string, string]> = [];
  for (const x of metricsA) for (const y of metricsB) pairsToTry.push([x, y]);
  for (const m of global) pairsToTry.push([m, m]);
  for (const x of metricsA) if (has(b, x)) pairsToTry.push([x, x]);
  for (const y of metricsB) if (has(a, y)) pairsToTry.push([y, y]);
  for (const x of metricsA) if (shared) pairsToTry.push([x, shared]);
  for (const y of metricsB) if (shared) pairsToTry.push([shared, y]);
  if (shared) pairsToTry.push([shared, shared]);
  // A side named without a metric ("… compared with the closed-model layer"): try each of its own figures.
  const moneyMetrics = (e: Entity) => [
    ...new Set(e.figures.filter((f) => f.unit.startsWith('money')).map((f) => f.metric)),
  ];
  if (!metricsB.length) for (const x of metricsA) for (const m of moneyMetrics(b)) pairsToTry.push([x, m]);
  if (!metricsA.length) for (const y of metricsB) for (const m of moneyMetrics(a)) pairsToTry.push([m, y]);
  const usable = pairsToTry.find(([x, y]) => {
    const fa = pickFigures(a, x, segA, res.years, lowered);
    const fb = pickFigures(b, y, segB, res.years, lowered);
    return fa.some((f) => fb.some((g) => compatible(f, g)));
  });
  // "how much did Anthropic commit to Google?": two things named beside a figure neither has (nor a near-synonym) is no
  // comparison of the pair's default metric (their revenues); the one-subject answer declines it instead.
  const asked = res.metrics.filter((m) => !index.isGeneral(m) && !index.isRatio(m));
  if (!explicit && asked.length && !metricsA.length && !metricsB.length && !global.length) return undefined;
  const [metricA, metricB] = usable ?? pairsToTry[0] ?? [undefined, undefined];
  // Different things on each side ("R&D spend … and what slice") are a comparison only when asked for.
  if (!explicit && metricA !== metricB) return undefined;
  const sideA: Side = { entity: a, metric: metricA, figures: pickFigures(a, metricA, segA, res.years, lowered) };
  const sideB: Side = { entity: b, metric: metricB, figures: pickFigures(b, metricB, segB, res.years, lowered) };
  if (!sideA.figures.length || !sideB.figures.length) return undefined;
  // "according to the Open Source Paradox, GPT-4 vs Llama 3": an article named gives both sides' figures; a side it
  // has no figure for is said to lack one, never given another article's.
  const named = res.articles ?? [];
  if (named.length) {
    // "Llama 3 (~$30M) to Llama 3.1 405B per the wiki": a figure the user quotes stands for its side whatever its source.
    const quotes = (f: Figure) =>
      f.value !== undefined && quoted.some((v) => Math.abs(v - f.value!) <= f.value! * 1e-9);
    const own = (fs: Figure[]) => (fs.some(quotes) ? fs.filter(quotes) : fs.filter((f) => named.includes(f.source)));
    const [ownA, ownB] = [own(sideA.figures), own(sideB.figures)];
    if (ownA.length || ownB.length) {
      if (!ownA.length || !ownB.length) return articleLacks(index, [a, ownA], [b, ownB], named);
      sideA.figures = ownA;
      sideB.figures = ownB;
    }
  }

  // "…if GPT-4 is the ~$79M estimate": a figure the user quotes stands for its side when its sources differ.
  const quotes = (f: Figure) => f.value !== undefined && quoted.some((v) => Math.abs(v - f.value!) <= f.value! * 1e-9);
  for (const side of [sideA, sideB]) if (side.figures.some(quotes)) side.figures = side.figures.filter(quotes);

  const citer = new Citer(index.kb);
  const labelA = citer.metricLabel(sideA.figures[0]!);
  const labelB = citer.metricLabel(sideB.figures[0]!);
  const lines: string[] = [];
  const notes: string[] = [];
  const pairs: string[] = [];
  for (const fa of sideA.figures) {
    for (const fb of sideB.figures) {
      if (!compatible(fa, fb)) continue;
      pairs.push(pairLine(a, fa, b, fb, citer));
    }
  }
  // The same sourced figure filed under two entities (a parent and its lab) is not a comparison.
  const sameFacts = sideA.figures.every((f) =>
    sideB.figures.some((g) => g.source === f.source && formatFigureValue(g) === formatFigureValue(f)),
  );
  if (sameFacts && labelA === labelB) return undefined;
  // "GPT-4 vs GPT-4 Turbo — what % cut?", "GPT-3 (2020) to GPT-4 (2023): yearly growth?": the change asked leads.
  const moveAsked = changeAsked(lowered);
  const change =
    moveAsked &&
    changeBetweenSides([a, sideA.figures], [b, sideB.figures], moveAsked, compatible, citer, lowered, res.years);
  if (change) lines.push(...change);
  if (!pairs.length) {
    lines.push(
      `${a.name}'s ${labelA} and ${b.name}'s ${labelB} are in different units, so I can't compute a ratio; here are both.`,
    );
  } else if (!change) {
    // The title names both sides and the metric; the first line is the first worked pair, the others follow. A change
    // worked says how many times and by how much already.
    lines.push(`${pairs[0]}${pairs.length > 1 ? ';' : '.'}`);
    lines.push(...pairs.slice(1, 4).map((p) => `• ${p}`));
  }
  if (pairs.length > 1) notes.push('The sources differ, so each pair of sourced figures is worked separately.');
  // The compared figures and the other asked ones answer: the short text says what each covers.
  const fields = [
    ...sideA.figures.map((f) => ({ ...citer.field(f, a.name), answers: true })),
    ...sideB.figures.map((f) => ({ ...citer.field(f, b.name), answers: true })),
  ];
  // "GPT-3 and PaLM: training cost and hardware?": the other asked figures of both sides come along.
  for (const m of res.metrics) {
    if (m === metricA || m === metricB || index.isRatio(m)) continue;
    for (const [e, label] of [
      [a, a.name],
      [b, b.name],
    ] as const)
      for (const f of e.figures.filter((x) => x.metric === m)) fields.push({ ...citer.field(f, label), answers: true });
  }
  // "What percentage of…": the smaller side as a share of the bigger.
  if (!change && /\b(percent|percentage|what share|what fraction)\b/.test(lowered)) {
    for (const fa of sideA.figures)
      for (const fb of sideB.figures) {
        if (fa.value === undefined || fb.value === undefined || !compatible(fa, fb) || !fa.value || !fb.value) continue;
        const [small, big, sName, bName] = fa.value <= fb.value ? [fa, fb, a.name, b.name] : [fb, fa, b.name, a.name];
        lines.push(
          `• ${sName} (${formatFigureValue(small)}) is ${trimNumber((small.value! / big.value!) * 100, 3)}% of ${bName} (${formatFigureValue(big)})`,
        );
        // "how much cheaper is Kimi, in %": the gap as a share of the bigger; "how much more": of the smaller.
        const gap = big.value! - small.value!;
        const less = LESS_ASKED.exec(lowered)?.[0];
        const more = MORE_ASKED.exec(lowered)?.[0];
        if (less && gap > 0)
          lines.push(
            `• ${sName} is ${trimNumber((gap / big.value!) * 100, 3)}% ${less === 'cheaper' ? 'cheaper' : 'less'} than ${bName}: (${formatFigureValue(big)} − ${formatFigureValue(small)}) ÷ ${formatFigureValue(big)}`,
          );
        if (more && !less && gap > 0)
          lines.push(
            `• ${bName} is ${trimNumber((gap / small.value!) * 100, 3)}% more than ${sName}: (${formatFigureValue(big)} − ${formatFigureValue(small)}) ÷ ${formatFigureValue(small)}`,
          );
      }
  }
  const scopes = new Set([...sideA.figures, ...sideB.figures].map((f) => f.scope));
  if (scopes.size > 1 && labelA === labelB)
    notes.push(`The figures cover different things (${[...scopes].join(' / ')}), so read the ratio as indicative.`);
  const ranged = [...sideA.figures, ...sideB.figures].some((f) => f.range);
  if (ranged) notes.push('Ranges are compared at both ends.');
  if ([...sideA.figures, ...sideB.figures].some((f) => f.bound === 'at-least'))
    notes.push('“+” figures are lower bounds, so the ratio is too.');
  return {
    kind: 'comparison',
    title: `${a.name} vs ${b.name} — ${labelA === labelB ? labelA : `${labelA} vs ${labelB}`}`,
    lines,
    fields,
    notes,
    sources: citer.sources(),
    suggestions: [`tell me about ${a.name}`, `tell me about ${b.name}`],
  };
}

/** One side's figure from the article named, and the other side said to lack one there. */
function articleLacks(
  index: KnowledgeIndex,
  [a, fa]: [Entity, Figure[]],
  [b, fb]: [Entity, Figure[]],
  named: string[],
): Reply {
  const citer = new Citer(index.kb);
  const [has, figs, lacks] = fa.length ? [a, fa, b] : [b, fb, a];
  const label = citer.metricLabel(figs[0]!);
  const where = named.map((id) => citer.nameOf(id)).join(' or ');
  return {
    kind: 'comparison',
    title: `${a.name} vs ${b.name} — ${label}`,
    lines: [
      `${has.name}: ${figs.map((f) => citer.figure(f)).join('; ')}.`,
      noSideFigure(lacks.name, `a ${label} from ${where}`),
    ],
    fields: [],
    notes: [],
    sources: citer.sources(),
    suggestions: [`${lacks.name} ${label}`],
  };
}

function amount(f: Figure, n: number): string {
  return f.unit.startsWith('money')
    ? formatMoney(n, f.currency)
    : f.unit === 'percent'
      ? `${trimNumber(n, 1)}%`
      : trimNumber(n, 2);
}

/** "GPT-4 ($100M+, paradox) is ≈17.9× DeepSeek V3 (~$5.6M, paradox); difference $94.4M". */
function pairLine(a: Entity, fa: Figure, b: Entity, fb: Figure, citer: Citer): string {
  const na = figureNumbers(fa);
  const nb = figureNumbers(fb);
  const aVal = `${formatFigureValue(fa)}, ${citer.nameOf(fa.source)}`;
  const bVal = `${formatFigureValue(fb)}, ${citer.nameOf(fb.source)}`;
  if (na.length === 1 && nb.length === 1) {
    const x = na[0]!;
    const y = nb[0]!;
    if (x === 0 || y === 0) return `${a.name} (${aVal}) and ${b.name} (${bVal}): one side is zero, no ratio`;
    if (x === y) return `${a.name} (${aVal}) and ${b.name} (${bVal}) are the same: ${amount(fa, x)} each`;
    const [big, bigVal, small, smallVal] = x >= y ? [a, aVal, b, bVal] : [b, bVal, a, aVal];
    return `${big.name} (${bigVal}) is ${formatRatio(Math.max(x, y) / Math.min(x, y))} ${small.name} (${smallVal}); difference ${amount(fa, Math.abs(x - y))}`;
  }
  // Ranges: ratio at each end.
  const ratios = na.flatMap((x) => nb.map((y) => (y === 0 ? NaN : x / y))).filter(Number.isFinite);
  const lo = Math.min(...ratios);
  const hi = Math.max(...ratios);
  const span = (r: number) => (r >= 1 ? formatRatio(r) : `${formatRatio(1 / r)} smaller than`);
  if (lo >= 1 || hi <= 1) {
    const inv = hi <= 1;
    const [p, q] = inv ? [1 / hi, 1 / lo] : [lo, hi];
    const [big, bigVal, small, smallVal] = inv ? [b, bVal, a, aVal] : [a, aVal, b, bVal];
    return `${big.name} (${bigVal}) is ${formatRatio(p)} to ${formatRatio(q).replace('≈', '')} ${small.name} (${smallVal})`;
  }
  return `${a.name} (${aVal}) ranges from ${span(lo)} to ${span(hi)} ${b.name} (${bVal})`;
}
