// Two chips set against each other on one spec ("how many times faster is the H100 than our A100s on bf16?",
// "MI300X vs H100 memory", "B300 launch price vs the H100's"): the ratio first, each side's value cited; a chip code
// whose variants differ gives the ratio at each variant; a side Epoch gives no value for is said to lack it.
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatFigureValue, formatMoney, formatPercent, formatRatio } from '../format.js';
import { noSideFigure } from '../replies.js';
import { CHIP_METRICS } from './chip-answers.js';
import { CHIP_PRICE_WORDS } from './training-answers.js';

/** One side as named: the chip, or a chip code's variants ("A100"). */
export interface ChipSide {
  typed: string;
  members: Entity[];
}

/** Speed asked without a precision: the FP16/BF16 throughput, the precision most quoted. */
const SPEED = /\b(faster|slower|quicker|speed|how fast|throughput|flops?|compute)\b/;

/** The spec a comparison is about: the one named (bandwidth over the "memory" inside it), else speed. */
export function comparedSpec(asked: string[], q: string): string | undefined {
  const specs = asked.filter((m) => CHIP_METRICS.has(m));
  if (specs.includes('memory_bandwidth')) return 'memory_bandwidth';
  const flops = specs.find((m) => m.startsWith('flops') || m === 'ops_int8');
  if (flops ?? specs[0]) return flops ?? specs[0];
  return CHIP_PRICE_WORDS.test(q) ? 'release_price' : SPEED.test(q) ? 'flops_fp16' : undefined;
}

/** The sides a question names, once each: a code's variants give way to one of them named exactly ("H100 SXM" then
 * "the H100"), and a chip named twice is one side. */
export function chipSides(sides: ChipSide[]): ChipSide[] {
  const exact = sides.filter((s) => s.members.length === 1);
  const out: ChipSide[] = [];
  for (const s of sides) {
    if (s.members.length > 1 && exact.some((x) => s.members.some((m) => m.id === x.members[0]!.id))) continue;
    const key = s.members.map((m) => m.id).join(' ');
    if (out.some((o) => o.members.map((m) => m.id).join(' ') === key)) continue;
    out.push(s);
  }
  return out;
}

const spec = (c: Entity, metric: string): Figure | undefined =>
  (c.data ?? []).find((f) => f.metric === metric && f.value !== undefined);

/** A value as read in a sentence: throughput in TFLOP/s, the rest as the data gives it. */
function shortValue(f: Figure): string {
  if (f.metric.startsWith('flops') || f.metric === 'ops_int8') {
    const unit = f.metric === 'ops_int8' ? 'TOPS' : 'TFLOP/s';
    return `${formatCount(Math.round(f.value! / 1e12))} ${unit}`;
  }
  return formatFigureValue(f);
}

/** "% cheaper", "what percent lower", "slower by what %": the smaller value's shortfall, as a share of the larger. */
const PERCENT_LESS =
  /(?:%|\bpercent|\bper cent)\s*(?:cheaper|less|lower|smaller|slower|fewer|below|under)\b|\b(?:cheaper|less|lower|smaller|slower) by (?:what|how many|how much)\s*(?:%|percent)/;
/** "% more", "what percent higher", "bigger by what %": the larger value's excess, as a share of the smaller. */
const PERCENT_MORE =
  /(?:%|\bpercent(?:age)?|\bper cent)\s*(?:more|higher|bigger|larger|faster|greater|pricier|dearer|costlier|above|over|extra|increase|rise|jump|premium|markup)\b|\b(?:more|higher|bigger|larger|faster|greater|pricier) by (?:what|how many|how much)\s*(?:%|percent)|\b(?:increase|rise|jump|markup|premium|more|higher|pricier|bigger|larger|faster)\b\s*(?:in|as a|as)?\s*(?:%|percent)/;
/** "how many more GB", "the difference", "the gap": the larger value less the smaller, in the spec's unit. */
const DIFFERENCE = /\bhow (?:many|much) (?:more|less|fewer|cheaper|bigger|higher)\b|\bdifference\b|\bgap\b/;

/** Whether a question asks a gap between two values: a difference, a % lower or a % higher. */
export const gapAsked = (q: string) => PERCENT_LESS.test(q) || PERCENT_MORE.test(q) || DIFFERENCE.test(q);

/** The gaps a question asks between two chips' values of one spec, each worked: "Google TPU v7 Ironwood's release
 * price is 60% lower than NVIDIA H200 SXM's: ($30K − $12K) ÷ $30K". `show` writes a value in the spec's unit. */
export function askedGapLines(
  q: string,
  spec: string | undefined,
  hi: { name: string; value: number },
  lo: { name: string; value: number },
  show: (v: number) => string,
): string[] {
  if (hi.value <= 0 || lo.value <= 0 || hi.value === lo.value) return [];
  const out: string[] = [];
  // A figure's "~" says it is rounded for display; the arithmetic shows the values it used.
  const exact = (v: number) => show(v).replace(/^~/, '');
  // With no spec named, each side's name is a whole noun phrase ("your price per chip").
  const of = (side: { name: string }) => (spec ? `${side.name}'s ${spec}` : side.name);
  const diff = hi.value - lo.value;
  if (DIFFERENCE.test(q))
    out.push(`Difference: ${exact(hi.value)} − ${exact(lo.value)} = ${exact(diff)}; ${of(hi)} is the higher.`);
  if (PERCENT_LESS.test(q))
    out.push(
      `${of(lo)} is ${formatPercent((diff / hi.value) * 100)} lower than ${of(hi)}: (${exact(hi.value)} − ${exact(lo.value)}) ÷ ${exact(hi.value)}.`,
    );
  if (PERCENT_MORE.test(q))
    out.push(
      `${of(hi)} is ${formatPercent((diff / lo.value) * 100)} higher than ${of(lo)}: (${exact(hi.value)} − ${exact(lo.value)}) ÷ ${exact(lo.value)}.`,
    );
  return out.map((l) => l.charAt(0).toUpperCase() + l.slice(1));
}

/** Two decimals under 10× ("≈3.17×"), as chip specs carry three or four digits. */
const ratioText = (r: number) => (r < 10 ? `≈${r.toFixed(2)}×` : formatRatio(r));

/** A side's distinct values, each with the variants holding it, lowest first. */
function valuesOf(side: ChipSide, metric: string): Array<{ f: Figure; names: string[] }> {
  const groups: Array<{ f: Figure; names: string[] }> = [];
  for (const c of side.members) {
    const f = spec(c, metric);
    if (!f) continue;
    const g = groups.find((x) => x.f.value === f.value);
    if (g) g.names.push(c.name);
    else groups.push({ f, names: [c.name] });
  }
  return groups.sort((a, b) => a.f.value! - b.f.value!);
}

/** A side's name: the chip's own, the one variant holding the value, or the code as typed ("A100") for several. */
function sideName(side: ChipSide, held?: Array<{ names: string[] }>): string {
  if (side.members.length === 1) return side.members[0]!.name;
  if (held?.length === 1 && held[0]!.names.length === 1) return held[0]!.names[0]!;
  return side.typed.toUpperCase();
}

/**
 * The comparison lines for the first two sides, the verdict first: "NVIDIA H100 SXM5 80GB has the higher FP16/BF16
 * performance: 989 TFLOP/s, ≈3.17× A100's 312 TFLOP/s [reported · Epoch AI hardware]". Undefined when neither side
 * has the spec, or both sides' variants differ (each variant's value is the answer then).
 */
export function chipCompareLines(sides: ChipSide[], metric: string, citer: Citer, q?: string): string[] | undefined {
  const [a, b] = sides;
  if (!a || !b) return undefined;
  const va = valuesOf(a, metric);
  const vb = valuesOf(b, metric);
  if (!va.length && !vb.length) return undefined;
  // Both codes with variants that differ ("A100 vs H100 memory"): no one ratio; each variant's value answers.
  if (va.length > 1 && vb.length > 1) return undefined;
  const first = (va[0] ?? vb[0])!.f;
  const label = citer.metricLabel(first);
  const from = `[${first.basis} · ${citer.sourceOf(first.source)}]`;
  const lines: string[] = [];
  if (!va.length || !vb.length) {
    const [has, lacks, vs] = va.length ? [a, b, va] : [b, a, vb];
    lines.push(
      `${sideName(has, vs)}: ${vs.map((v) => shortValue(v.f)).join(' / ')} ${label} ${from}.`,
      noSideFigure(sideName(lacks), label),
    );
    return lines;
  }
  // Each value of one side against each of the other's: the bigger first, so the ratio reads ≥ 1×.
  const pairs = va.flatMap((x) => vb.map((y) => ({ x, y })));
  const hiA = Math.max(...va.map((v) => v.f.value!)) >= Math.max(...vb.map((v) => v.f.value!));
  const [big, small, vBig, vSmall] = hiA ? [a, b, va, vb] : [b, a, vb, va];
  const ratios = pairs.map(({ x, y }) => (hiA ? x.f.value! / y.f.value! : y.f.value! / x.f.value!));
  const lo = Math.min(...ratios);
  const hi = Math.max(...ratios);
  const values = (vs: typeof va) => vs.map((v) => shortValue(v.f)).join(' / ');
  // The same value on both sides: neither is higher.
  if (lo === 1 && hi === 1 && va.length === 1 && vb.length === 1)
    return [`${sideName(a, va)} and ${sideName(b, vb)} have the same ${label}: ${values(va)} ${from}.`];
  const times = lo === hi ? ratioText(lo) : `${ratioText(lo)} to ${ratioText(hi).replace('≈', '')}`;
  // A price's gap in money too ("difference $9,400"); a spec's gap reads best as the ratio alone.
  const gap =
    metric === 'release_price' && vBig.length === 1 && vSmall.length === 1
      ? `; difference ${formatMoney(vBig[0]!.f.value! - vSmall[0]!.f.value!)}`
      : '';
  lines.push(
    `${sideName(big, vBig)} has the higher ${label}: ${values(vBig)}, ${times} ${sideName(small, vSmall)}'s ${values(vSmall)}${gap} ${from}.`,
  );
  if (q && vBig.length === 1 && vSmall.length === 1) {
    const [hf, lf] = [vBig[0]!.f, vSmall[0]!.f];
    const show = (v: number) => shortValue({ ...hf, value: v });
    lines.push(
      ...askedGapLines(
        q,
        label,
        { name: sideName(big, vBig), value: hf.value! },
        { name: sideName(small, vSmall), value: lf.value! },
        show,
      ),
    );
  }
  // A code whose variants differ: each variant's value, and its own ratio when the other side has one value.
  for (const [side, vs, other] of [
    [a, va, vb],
    [b, vb, va],
  ] as const) {
    if (vs.length === 1 && (vs[0]!.names.length === 1 || vs[0]!.names.length === side.members.length)) continue;
    const otherName = sideName(side === a ? b : a, other);
    for (const v of vs) {
      const r = other.length === 1 ? v.f.value! / other[0]!.f.value! : undefined;
      const own =
        r === undefined ? '' : r >= 1 ? ` (${ratioText(r)} ${otherName})` : ` (${otherName} is ${ratioText(1 / r)})`;
      lines.push(`• ${v.names.join(', ')}: ${shortValue(v.f)}${own}`);
    }
  }
  return lines;
}
