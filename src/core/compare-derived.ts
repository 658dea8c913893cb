// A ratio asked of each side ("valuation-to-revenue multiple: Anthropic vs OpenAI"): each side's own figures divided
// (both inputs cited), then the sides' ratios set against each other. A side lacking an input is said plainly; no
// other side's figure stands in for it.
import { phrasePattern } from '../knowledge/cues.js';
import type { KnowledgeIndex } from '../knowledge/index.js';
import type { Entity, Figure } from '../knowledge/schema.js';
import { Citer } from './cite.js';
import { yearlyShare } from './compare.js';
import { distinctSides } from './compare-sides.js';
import { figureNumbers, formatFigureValue, formatMoney, formatRatio, trimNumber } from './format.js';
import { noRatioInput } from './replies.js';
import type { Mention } from './resolve.js';
import { metricsInOrder } from './resolve.js';
import type { Reply } from './types.js';

/** A ratio asked: the metric divided and the one it is divided by. */
export interface AskedRatio {
  num: string;
  den: string;
}

/** What joins two metric words into one ratio: "valuation-to-revenue", "valuation/revenue", "valuation ÷ revenue",
 * "valuation per dollar of revenue", "valuation as a multiple of revenue"; "next to" or "compared to" joins none. */
const JOINER =
  /\s*-\s*to\s*-\s*|\s*\/\s*|\s*÷\s*|\s+per\s+(?:dollar\s+of\s+|\$\s*of\s+|unit\s+of\s+)?|\s+divided\s+by\s+|\s+as\s+a\s+multiple\s+of\s+(?:its\s+|their\s+)?|(?<!\b(?:next|close|compared|relative|according|similar|equal|up|due))\s+to\s+(?=\S+(?:\s+\S+)?\s+(?:ratio|multiple)\b)/g;

/** Units a ratio divides: sums of money (whatever their period) and counts. */
const DIVISIBLE = new Set(['money', 'money/year', 'money/month', 'count']);

/** Words either side of a joiner read for a metric. */
const WINDOW = 3;

/** The ratio a question asks of each side, by a name of its own (metrics.yaml `ratios`) or two metrics joined; `text`
 * as typed, since the joiner may be punctuation. */
export function askedRatio(index: KnowledgeIndex, text: string): AskedRatio | undefined {
  const lowered = text.toLowerCase();
  let named: (AskedRatio & { from: number; to: number }) | undefined;
  for (const m of index.kb.metrics.values())
    for (const r of m.ratios ?? []) {
      const source = phrasePattern(r.words);
      const hit = source ? new RegExp(`${source}\\b`).exec(lowered) : null;
      if (hit && !named) named = { num: m.id, den: r.per, from: hit.index, to: hit.index + hit[0].length };
    }
  // Two metrics joined name both terms ("loss as a multiple of revenue"), unless the joiner is inside a ratio's own
  // name ("price-to-sales").
  const split = (s: string) => s.split(/[^a-z0-9]+/).filter(Boolean);
  for (const j of lowered.matchAll(JOINER)) {
    if (named && j.index >= named.from && j.index < named.to) continue;
    const before = split(lowered.slice(0, j.index)).slice(-WINDOW);
    const after = split(lowered.slice(j.index + j[0].length)).slice(0, WINDOW);
    const num = metricsInOrder(index, before).at(-1);
    const den = metricsInOrder(index, after)[0];
    if (num && den && num !== den && !index.isRatio(num) && !index.isRatio(den)) return { num, den };
  }
  if (named) return { num: named.num, den: named.den };
  return undefined;
}

/** One side's ratio from one numerator figure and one denominator figure. */
interface Worked {
  fa: Figure;
  fb: Figure;
  lo: number;
  hi: number;
}

/** A side's worked ratios (same-source pairs first), or the inputs it lacks. */
function workSide(index: KnowledgeIndex, e: Entity, ask: AskedRatio): { worked: Worked[]; lacks: string[] } {
  const of = (metric: string) => {
    const own = index.ownMetric(e, metric);
    return own ? e.figures.filter((f) => f.metric === own && figureNumbers(f).length > 0) : [];
  };
  const nums = of(ask.num);
  const dens = of(ask.den);
  const lacks = [...(nums.length ? [] : [ask.num]), ...(dens.length ? [] : [ask.den])];
  const worked: Worked[] = [];
  // A multi-year total set against a yearly figure is divided over its years first.
  const yearly = (f: Figure, other: Figure) => {
    const y = other.unit === 'money/year' ? yearlyShare(f) : f;
    return y === f ? f : { ...y, unit: 'money/year' as const };
  };
  for (const a of nums)
    for (const b of dens) {
      const fa = yearly(a, b);
      const fb = yearly(b, a);
      // Sums and counts only: per-token prices, percentages and multiples are rates already.
      if (![fa, fb].every((f) => DIVISIBLE.has(f.unit))) continue;
      if (money(fb) && (!money(fa) || fa.currency !== fb.currency)) continue;
      const rs = figureNumbers(fa).flatMap((x) => figureNumbers(fb).map((y) => x / y));
      if (!rs.every(Number.isFinite) || rs.some((r) => r <= 0)) continue;
      worked.push({ fa, fb, lo: Math.min(...rs), hi: Math.max(...rs) });
    }
  // Inputs from one source were meant together; pairs across sources only when no source gives both.
  const same = worked.filter((w) => w.fa.source === w.fb.source);
  return { worked: same.length ? same : worked, lacks: worked.length ? [] : lacks };
}

const money = (f: Figure) => f.unit.startsWith('money');

/** A worked ratio as read: "≈27.1×" for money over money, "≈$1.2M per employee" for money over a count. */
function span(w: Worked, perLabel: string): string {
  if (money(w.fa) && !money(w.fb)) {
    const m = (n: number) => `≈${formatMoney(n, w.fa.currency)}`;
    return `${w.lo === w.hi ? m(w.lo) : `${m(w.lo)} to ${m(w.hi).replace('≈', '')}`} per ${perLabel}`;
  }
  if (!money(w.fa))
    return `≈${trimNumber(w.lo, 3)}${w.lo === w.hi ? '' : ` to ${trimNumber(w.hi, 3)}`} per ${perLabel}`;
  return w.lo === w.hi ? formatRatio(w.lo) : `${formatRatio(w.lo)} to ${formatRatio(w.hi).replace('≈', '')}`;
}

/**
 * Two or more sides, one ratio asked of each: "Valuation ÷ revenue: Anthropic ≈27.1× (~$380B ÷ ~$14B/year), OpenAI
 * ≈13.5× (~$157B ÷ ~$11.6B) — Anthropic's is ≈2.0× OpenAI's". Undefined when no side has both inputs.
 */
export function derivedCompare(
  index: KnowledgeIndex,
  mentions: Mention[],
  ask: AskedRatio,
  metricsAsked: string[],
): Reply | undefined {
  const sides = distinctSides(index, mentions);
  if (sides.length < 2) return undefined;
  // A figure the sides already hold for what was asked ("spend per dollar of revenue") answers as itself.
  const direct = metricsAsked.filter((m) => m !== ask.num && m !== ask.den && !index.isMoney(m));
  if (direct.some((m) => sides.every((e) => index.ownMetric(e, m) !== undefined))) return undefined;
  const worked = sides.map((e) => ({ e, ...workSide(index, e, ask) }));
  const have = worked.filter((w) => w.worked.length);
  if (!have.length) return undefined;
  const citer = new Citer(index.kb);
  const label = (m: string) => index.kb.metrics.get(m)?.label ?? m.replace(/_/g, ' ');
  const one = (w: Worked) =>
    `${span(w, label(ask.den))} (${formatFigureValue(w.fa)} ÷ ${formatFigureValue(w.fb)}, ${sourcesOf(citer, w)})`;
  const parts = have.map((s) => `${s.e.name} ${one(s.worked[0]!)}`);
  let verdict = '';
  if (have.length >= 2) {
    const [a, b] = [...have].sort((x, y) => mid(y.worked[0]!) - mid(x.worked[0]!));
    const r = mid(a!.worked[0]!) / mid(b!.worked[0]!);
    verdict = r > 1.005 ? ` — ${a!.e.name}'s is ${formatRatio(r)} ${b!.e.name}'s` : ' — about the same';
  }
  const lines = [`${parts.join('; ')}${verdict}.`];
  // Other pairs of sourced inputs (another source's revenue), each worked apart.
  for (const s of have) for (const w of s.worked.slice(1, 3)) lines.push(`• ${s.e.name} ${one(w)}`);
  for (const s of worked.filter((w) => !w.worked.length))
    lines.push(noRatioInput(s.e.name, s.lacks.map(label), label(ask.num), label(ask.den)));
  const fields = have.flatMap((s) =>
    s.worked.flatMap((w) => [
      { ...citer.field(w.fa, s.e.name), answers: true },
      { ...citer.field(w.fb, s.e.name), answers: true },
    ]),
  );
  const notes = have.some((s) => s.worked.some((w) => w.fa.period !== w.fb.period))
    ? ['Each ratio divides the figures as sourced, whatever year each covers.']
    : [];
  return {
    kind: 'comparison',
    title: `${sides.map((e) => e.name).join(' vs ')} — ${label(ask.num)} ÷ ${label(ask.den)}`,
    lines,
    fields: dedupe(fields),
    notes,
    sources: citer.sources(),
    suggestions: sides.slice(0, 2).map((e) => `tell me about ${e.name}`),
  };
}

/** The middle of a worked ratio, for ordering the sides. */
const mid = (w: Worked) => Math.sqrt(w.lo * w.hi);

function sourcesOf(citer: Citer, w: Worked): string {
  const a = citer.nameOf(w.fa.source);
  const b = citer.nameOf(w.fb.source);
  return a === b ? a : `${a}; ${b}`;
}

function dedupe<T extends { label: string; value: string }>(fields: T[]): T[] {
  return fields.filter((f, i) => fields.findIndex((g) => g.label === f.label && g.value === f.value) === i);
}
