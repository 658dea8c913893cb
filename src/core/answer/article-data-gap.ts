// The gap between the articles' figure and Epoch's estimate for one model, when the question asks for it ("Epoch's
// cloud-price column minus the articles' $191M", "how much higher is Epoch's estimate than the wiki's", "the $5.6M
// headline as a % of Epoch's amortised cost"): each of Epoch's methods shown against each article figure, the method
// named. The side written first is the one the result is of; a range or a figure the user did not quote is no input.
import type { Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatFigureValue, formatMoney, trimNumber } from '../format.js';
import { computedLine } from '../replies.js';
import type { Quantity } from '../understand/quantities.js';
import { percent } from './change.js';

/** "A minus B", "subtract": the first side less the second, signed. */
const MINUS = /\bminus\b|\bsubtract\w*\b|\btake away\b|\btaken (?:away )?from\b|\bdeduct\w*\b/;
/** "A subtracted from B", "A taken from B": the second side less the first. */
const FROM = /\b(?:subtracted|taken|deducted|take|subtract|deduct) (?:\w+ ){0,6}?from\b/;
/** A gap asked without an order: its size and which side is higher. */
const GAP =
  /\bgap\b|\bdifference\b|\bdiffer\w*\b|\bhow (?:much|far) (?:more|less|higher|lower|bigger|smaller|above|below|over|under|off)\b|\bby how much\b|\bin (?:dollars|\$|usd)\b|\b(?:over|under)shoot\w*\b/;
/** "ratio of A to B", "how many times", "A over B", "A ÷ B": the first side over the second. */
const RATIO =
  /\bratio\b|\bhow many (?:times|x)\b|\bmultiple\b|\btimes (?:higher|more|bigger|larger|lower)\b|÷|\bdivided by\b/;
/** "A as a % of B", "what share of": the first side as a percentage of the second. */
const SHARE_OF =
  /(?:%|\bpercent(?:age)?|\bshare|\bfraction|\bproportion)\s+(?:of|is|was)\b|\bas an? (?:%|percent|share)/;
/** "% higher", "percent above": the gap as a percentage of the second side. */
const PERCENT_GAP =
  /(?:%|\bpercent(?:age)?)\s*(?:higher|lower|more|less|above|below|bigger|smaller|off|gap|difference)\b/;

/** What the question asks of the two sides, when it asks one of these relations. */
export function gapAsked(text: string): 'minus' | 'gap' | 'ratio' | 'share' | 'percent-gap' | undefined {
  if (PERCENT_GAP.test(text)) return 'percent-gap';
  if (SHARE_OF.test(text)) return 'share';
  if (MINUS.test(text)) return 'minus';
  if (RATIO.test(text)) return 'ratio';
  if (GAP.test(text)) return 'gap';
  return undefined;
}

/** How Epoch's cost figure reads by its method. */
const METHOD_LABEL: Record<string, string> = {
  cloud: "Epoch's cloud-rental estimate",
  amortised: "Epoch's amortised hardware + energy estimate",
  upfront: "Epoch's upfront hardware cost",
};

interface Side {
  value: number;
  label: string;
}

/** The result line and the computation for one pair, first side against the second. */
function pairLines(kind: NonNullable<ReturnType<typeof gapAsked>>, a: Side, b: Side): string[] {
  const va = formatMoney(a.value);
  const vb = formatMoney(b.value);
  const gap = a.value - b.value;
  const more = gap >= 0 ? 'more' : 'less';
  switch (kind) {
    case 'minus': {
      const r = `${gap < 0 ? '−' : ''}${formatMoney(Math.abs(gap))}`;
      return [`${a.label} minus ${b.label}: ${r}.`, computedLine(`${va} − ${vb}`, undefined, r)];
    }
    case 'gap': {
      const r = formatMoney(Math.abs(gap));
      const pct = `${percent((100 * Math.abs(gap)) / b.value)}%`;
      return [
        `${a.label} is ${r} ${more} than ${b.label} (${pct} ${gap >= 0 ? 'higher' : 'lower'}).`,
        computedLine(`${va} − ${vb}`, undefined, `${gap < 0 ? '−' : ''}${r}`),
      ];
    }
    case 'percent-gap': {
      const pct = `${percent((100 * Math.abs(gap)) / b.value)}%`;
      return [
        `${a.label} is ${pct} ${gap >= 0 ? 'higher' : 'lower'} than ${b.label}.`,
        computedLine(`(${va} − ${vb}) ÷ ${vb} × 100`, undefined, `${gap < 0 ? '−' : ''}${pct}`),
      ];
    }
    case 'share': {
      const pct = `${percent((100 * a.value) / b.value)}%`;
      return [`${a.label} is ${pct} of ${b.label}.`, computedLine(`${va} ÷ ${vb} × 100`, undefined, pct)];
    }
    case 'ratio': {
      const times = `${trimNumber(a.value / b.value, 2)}×`;
      return [`${a.label} is ≈${times} ${b.label}.`, computedLine(`${va} ÷ ${vb}`, undefined, times)];
    }
  }
}

/** Lines working the relation asked between Epoch's shown cost figures and the articles' point figures, result
 * first; undefined when none is asked or a side has no figure to work. `epochFirst` says which side the question
 * writes first; `quoted` are the user's numbers, which pick the article figures they quote. */
export function articleDataGapLines(
  text: string,
  epoch: Figure[],
  articles: Figure[],
  epochFirst: boolean,
  quoted: Quantity[],
  citer: Citer,
): string[] | undefined {
  const kind = gapAsked(text);
  if (!kind) return undefined;
  const money = (f: Figure) => f.unit === 'money' && f.currency === 'USD' && f.value !== undefined && f.value > 0;
  const points = articles.filter(money);
  // "the articles' $191M": the user's sums pick the article figures they quote; a sum quoting none is no input.
  const sums = quoted.filter((x) => x.dims.usd === 1 && Object.keys(x.dims).length === 1);
  const near = (f: Figure, x: Quantity) => Math.abs(f.value! - x.value) <= 0.02 * f.value!;
  const picked = sums.length ? points.filter((f) => sums.some((x) => near(f, x))) : points;
  if (sums.some((x) => !points.some((f) => near(f, x)))) return undefined;
  // One article side per value: two articles giving the same figure are one input, both sources named.
  const byValue = new Map<number, Figure[]>();
  for (const f of picked) byValue.set(f.value!, [...(byValue.get(f.value!) ?? []), f]);
  const own = epoch.filter((f) => money(f) && f.metric === 'training_cost');
  if (!byValue.size || !own.length || byValue.size * own.length > 6) return undefined;
  const lines: string[] = [];
  for (const e of own)
    for (const [value, fs] of byValue) {
      const sources = [...new Set(fs.map((f) => citer.sourceOf(f.source)))].join(', ');
      // Figures of different values are told apart by what each covers ("compute only (final training run)").
      const scope = byValue.size > 1 ? `${fs[0]!.scope}, ` : '';
      const written = formatFigureValue(fs[0]!).replace(/^~/, '');
      const ep: Side = {
        value: e.value!,
        label: `${METHOD_LABEL[e.method ?? ''] ?? "Epoch's estimate"} (${formatMoney(e.value!)})`,
      };
      const ar: Side = { value, label: `the articles' ${written} (${scope}${sources})` };
      const epochLeads = epochFirst !== (kind === 'minus' && FROM.test(text));
      const [first, ...rest] = epochLeads ? pairLines(kind, ep, ar) : pairLines(kind, ar, ep);
      lines.push(first!.charAt(0).toUpperCase() + first!.slice(1), ...rest);
    }
  return lines;
}
