// Two things' sourced figures, each referred to by what it is, worked against each other: "Meta's 2026 budget
// midpoint vs Alibaba's yearly pace on its 3-year commitment — how many times bigger?", "how many days of Meta's
// 2025 spending pace would equal Alibaba's whole commitment?", "the closed-model layer's revenue as a % of the chip
// layer's", "0.05% of Anthropic and of OpenAI at their valuations". Each figure keeps its source; a total spread
// over its span ("3 years (from 2025)") or a year's flow becomes a pace when a pace is asked. Numbers the user writes
// must each name one of the two figures (its value or its span) or be a share of both; any other number is a
// calculation this answerer does not guess at.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatFigureValue, trimNumber } from '../format.js';
import { calculationReply, caseLine, computedLine, paceLine, shareLine, timesLine, totalLine } from '../replies.js';
import { metricsInOrder } from '../resolve.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { percent } from './change.js';
import type { Answerer } from './context.js';
import { moneyFigures, spreadOf, valuesOf } from './sourced-units.js';
import { money } from './units.js';

const TIMES =
  /\bhow many times\b|\b(?:what|which) multiple\b|\bmultiple of\b|\btimes (?:bigger|larger|more|smaller)\b|\bratio\b/;
const SHARE = /\bas an? (?:%|percent\b|percentage\b|share\b)|(?:%|\bpercent|\bpercentage|\bshare) of\b/;
/** "what % of B is A": the thing named second is the part. */
const WHOLE_FIRST = /\b(?:what|which)\s+(?:%|percent\b|percentage\b|share\b)\s*of\b/;
/** "how many days of A's pace would equal B": a duration asked. */
const HOW_LONG = /\bhow (?:many (days|weeks|months|years)|long)\b/;
/** How many of one thing's cost the other's sum pays for: "how many V3-sized runs could the consortium's $1B fund". */
const FUNDS =
  /\bhow many\b[^?.]*\b(?:could|would|can|will|does|do|might)\b[^?.]*\b(?:fund|funds|buy|pay for|cover|finance|afford|bankroll)\b/;
/** Words that ask for a figure's pace rather than its whole: "yearly pace", "per year", "a month". */
const PACE = /\b(pace|rate|per (?:year|month|day)|a (?:year|month|day)|yearly|annual|annually|monthly|daily)\b/;
/** How many words after a thing's name may still speak of its figure ("Alibaba's 3-year AI pledge, per year"). */
const OWN_WORDS = 9;

interface Side {
  e: Entity;
  f: Figure;
  value: number;
  end?: string;
  /** The word where the thing is named, to read the words after it. */
  at: number;
}

/** A thing referred to through the one named: "the parent fund", "its owner", "the maker". */
export const RELATED = /\b(?:the|its|their)\s+(parent|owner|owners|maker|makers|developer|lab)\b/;

/** The thing a relation word names from the one named: the organisation owning it (or its maker) for "parent" and
 * "owner", the maker of a model for "maker", "developer" or "lab". */
function relatedThing(index: KnowledgeIndex, e: Entity, word: string): Entity | undefined {
  const maker = e.kind === 'models' && e.org ? index.entity(e.org) : undefined;
  if (/^(maker|makers|developer|lab)$/.test(word)) return maker;
  const owned = maker ?? e;
  return [...index.kb.entities.values()].find((o) => o.kind === 'organisations' && o.owns?.includes(owned.id));
}

/** The two distinct things named or clearly described, in the order written; with one named, a second referred to
 * through it ("DeepSeek V3's training bill as a % of the parent fund's AUM"). */
function twoThings(q: Question, index: KnowledgeIndex): Array<{ e: Entity; at: number }> | undefined {
  const seen = new Map<string, number>();
  const named = q.candidates.filter((m) => m.via === 'alias' || m.via === 'fuzzy');
  // A description whose words hold a name ("the open model consortium" read as who pays for open AI) is that name.
  const holdsName = (m: (typeof named)[0]) => named.some((n) => n.start < m.end && m.start < n.end);
  for (const m of q.candidates) {
    if (m.ids.length !== 1) continue;
    if (m.via === 'cue' ? (m.strength ?? 0) < 2 || holdsName(m) : m.via !== 'alias' && m.via !== 'fuzzy') continue;
    if (!seen.has(m.ids[0]!)) seen.set(m.ids[0]!, m.start);
  }
  const related = seen.size === 1 ? RELATED.exec(q.plain.toLowerCase()) : null;
  if (related) {
    const [id, at] = [...seen][0]!;
    const first = index.entity(id);
    const second = first && relatedThing(index, first, related[1]!);
    const word = q.res.words.indexOf(related[1]!, at + 1);
    if (second && !seen.has(second.id) && word > at) seen.set(second.id, word);
  }
  if (seen.size !== 2) return undefined;
  const out = [...seen].map(([id, at]) => ({ e: index.entity(id)!, at })).filter((x) => x.e);
  return out.length === 2 ? out.sort((a, b) => a.at - b.at) : undefined;
}

/** The figure of each thing: the one the user quotes, else its first for the metric named after it (up to the other
 * thing's name: "Anthropic's revenue as a % of OpenAI's valuation"), else for the metric asked. */
function sideOf(
  q: Question,
  index: KnowledgeIndex,
  e: Entity,
  at: number,
  stop: number,
  strict: boolean,
): Side | undefined {
  const own = metricsInOrder(index, q.res.words.slice(at, stop));
  // Strict: only a metric named right after the thing, never one inferred ("to run" is no training cost).
  if (strict && !own.length) return undefined;
  const asked = own.length ? { ...q, metrics: own, ...(strict ? { plain: '' } : {}) } : q;
  const figures = moneyFigures(asked, index, e).filter((f) => f.unit !== 'money/Mtok');
  const quoted = figures.find((f) => q.quantities.some((x) => x.dims.usd === 1 && near(x.value, f)));
  const f = quoted ?? figures[0];
  if (!f) return undefined;
  const values = valuesOf(f, q.plain);
  // Both ends of a range are two answers; one end or the midpoint when the question names it.
  const [first] = values;
  return values.length === 1 && first ? { e, f, value: first.value, end: first.end, at } : undefined;
}

const near = (v: number, f: Figure) =>
  [f.value, ...(f.range ?? [])].some((x) => x !== undefined && Math.abs(v - x) <= Math.abs(x) * 1e-9);

/** The figure per hour when it is a flow or a total over a span, else undefined. */
function perHour(f: Figure, value: number): number | undefined {
  if (f.unit === 'money/month') return value / HOURS.month!;
  if (f.unit === 'money/year') return value / HOURS.year!;
  const spread = spreadOf(f);
  return spread ? value / spread.hours : undefined;
}

/** Whether the question asks one of the relations this answerer works: the user's share of each, a duration of a
 * pace, a share of one in the other, or a multiple with the figures quoted. The intent row's condition. */
export function pairAsked(q: Question): boolean {
  return (
    q.quantities.some((x) => x.dims.percent === 1) ||
    HOW_LONG.test(q.plain) ||
    SHARE.test(q.plain) ||
    FUNDS.test(q.plain) ||
    (TIMES.test(q.plain) && q.quantities.length > 0)
  );
}

export const answerSourcedPair: Answerer = (q, { index }) => {
  const things = twoThings(q, index);
  if (!things) return undefined;
  // A share asked is only worked between figures whose metrics are both named: "what fraction of GPT-5's running
  // cost" asks for a sourced ratio, not one money figure over another.
  const userShares = q.quantities.some((x) => x.dims.percent === 1);
  const strict = !userShares && SHARE.test(q.plain);
  const sides = things.map(({ e, at }, i) => sideOf(q, index, e, at, things[i + 1]?.at ?? q.res.words.length, strict));
  if (!sides[0] || !sides[1]) return undefined;
  const [a, b] = sides as [Side, Side];
  if (a.f.currency !== b.f.currency) return undefined;
  // Every number the user writes names a figure (its value or span) or is a share of both.
  const spans = new Set([spreadOf(a.f)?.hours, spreadOf(b.f)?.hours]);
  const shares = q.quantities.filter((x) => x.dims.percent === 1 && Object.keys(x.dims).length === 1);
  const other = q.quantities.filter(
    (x) =>
      !shares.includes(x) &&
      !(x.dims.usd === 1 && Object.keys(x.dims).length === 1 && (near(x.value, a.f) || near(x.value, b.f))) &&
      !(x.dims.hour === 1 && Object.keys(x.dims).length === 1 && spans.has(x.value)),
  );
  if (other.length) return undefined;
  const citer = new Citer(index.kb);
  const label = (s: Side, pace?: string) =>
    `${s.e.name}'s ${citer.metricLabel(s.f)}${s.end ? ` (${s.end})` : ''} (${formatFigureValue(s.f)}, ${citer.sourceOf(s.f.source)})${pace ? ` per ${pace}` : ''}`;
  const lines = shares.length ? shareOfEach(shares, [a, b], label) : relation(q, a, b, label);
  if (!lines) return undefined;
  return {
    ...calculationReply(lines),
    title: `${a.e.name} and ${b.e.name} — calculation`,
    fields: [citer.field(a.f), citer.field(b.f)],
    sources: citer.sources(),
  };
};

type Label = (s: Side, pace?: string) => string;

/** "0.05% of each at its valuation": the user's share of both figures; one share for both, or one each in order. */
function shareOfEach(shares: Quantity[], sides: Side[], label: Label): string[] | undefined {
  if (shares.length !== 1 && shares.length !== sides.length) return undefined;
  return sides.flatMap((s, i) => {
    const p = (shares[shares.length === 1 ? 0 : i]!.value * 1) / 100;
    const result = money(s.value * p);
    return [
      caseLine(label(s), result),
      computedLine(`${label(s)} × ${shares[shares.length === 1 ? 0 : i]!.raw}`, undefined, result),
    ];
  });
}

/** A multiple, a share or a duration between the two figures, as the question asks. */
function relation(q: Question, a: Side, b: Side, label: Label): string[] | undefined {
  // The words after a thing's name, up to the other thing's name, speak of its figure.
  const paced = (s: Side) => {
    const next = [a.at, b.at].filter((x) => x > s.at);
    const stop = Math.min(s.at + OWN_WORDS, ...next);
    return PACE.test(q.res.words.slice(s.at, stop).join(' '));
  };
  const long = HOW_LONG.exec(q.plain);
  if (long) {
    // The thing spoken of as a pace runs until it equals the other's whole.
    const [rate, whole] = paced(a) && !paced(b) ? [a, b] : paced(b) && !paced(a) ? [b, a] : [a, b];
    const hourly = perHour(rate.f, rate.value);
    if (hourly === undefined || !(hourly > 0)) return undefined;
    const unit = long[1] ? long[1].replace(/s$/, '') : 'month';
    const n = whole.value / hourly / HOURS[unit]!;
    const result = `${trimNumber(n, 1)} ${unit}s`;
    return [
      paceLine(label(whole), result, label(rate)),
      computedLine(`${money(whole.value)} ÷ (${money(hourly * HOURS.year!)} a year)`, undefined, result),
    ];
  }
  if (FUNDS.test(q.plain) && !paced(a) && !paced(b)) {
    // The larger sum pays for so many of the smaller: whole ones counted, the exact quotient shown.
    const [whole, one] = a.value >= b.value ? [a, b] : [b, a];
    if (!(one.value > 0)) return undefined;
    const n = whole.value / one.value;
    const noun = q.target?.noun && q.target.noun.length > 1 ? q.target.noun : 'time';
    const exact = Number(n.toFixed(1)).toLocaleString('en-US');
    // "$72B+" pays for at least so many; "under $1K" each, at least as many too.
    const up = whole.f.bound === 'at-least' || one.f.bound === 'at-most';
    const down = whole.f.bound === 'at-most' || one.f.bound === 'at-least';
    const bound = up && !down ? 'at least ' : down && !up ? 'at most ' : '';
    const count = Math.floor(n);
    const result = `${bound}${count.toLocaleString('en-US')} ${count === 1 ? noun : `${noun}s`}`;
    return [
      totalLine(`${result} in full (${exact})`),
      computedLine(`${label(whole)} ÷ ${label(one)}`, undefined, exact),
    ];
  }
  const shareAsked = SHARE.test(q.plain);
  // A pace asked of either side compares paces: a total over its span is a year of it. A multiple of two figures
  // is the comparison's, which shows every source's pair; here only when the user's numbers quote the figures
  // ("its 3-year $53B commitment"), which the user's-numbers row would otherwise take for inputs.
  const pace = paced(a) || paced(b);
  if (!shareAsked && !(pace && TIMES.test(q.plain) && q.quantities.length > 0)) return undefined;
  const ha = pace ? perHour(a.f, a.value) : undefined;
  const hb = pace ? perHour(b.f, b.value) : undefined;
  const both = ha !== undefined && hb !== undefined;
  const [va, vb] = both ? [ha * HOURS.year!, hb * HOURS.year!] : [a.value, b.value];
  if (!(va > 0) || !(vb > 0)) return undefined;
  const la = label(a, both ? 'year' : undefined);
  const lb = label(b, both ? 'year' : undefined);
  const shownA = `${money(va)}${both ? ' a year' : ''}`;
  const shownB = `${money(vb)}${both ? ' a year' : ''}`;
  if (shareAsked) {
    const [pa, pb, sa, sb, xa, xb] = WHOLE_FIRST.test(q.plain)
      ? [lb, la, shownB, shownA, vb, va]
      : [la, lb, shownA, shownB, va, vb];
    // "0.07%", never "0.1%": a small share keeps two decimals.
    const pct = percent((100 * xa) / xb);
    return [shareLine(pa, pb, pct), computedLine(`${sa} ÷ ${sb} × 100`, undefined, `${pct}%`)];
  }
  const [big, small, vBig, vSmall] = va >= vb ? [la, lb, shownA, shownB] : [lb, la, shownB, shownA];
  const times = trimNumber(Math.max(va, vb) / Math.min(va, vb), 2);
  return [timesLine(big, small, times), computedLine(`${vBig} ÷ ${vSmall}`, undefined, `${times}×`)];
}
