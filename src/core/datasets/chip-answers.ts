// Chip answers: each named chip's asked specs, and the arithmetic people do with them — N chips at list price,
// how many a budget buys, a model's training fleet at list price, FLOP/s per dollar, two chips side by side,
// how long a training run takes on N chips, and a year of power at a price per kWh. Every step shows its inputs.
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatFigureValue, formatMoney, grouped, trimNumber } from '../format.js';
import { variantValueLines } from '../replies.js';
import { parseQuantities, type Quantity } from '../understand/quantities.js';
import { askedTarget } from '../understand/target.js';
import { sameDims, solve } from '../units.js';
import { askedGapLines } from './chip-compare.js';
import { familyVerdict } from './family-figures.js';
import { dataFigures } from './figures.js';
import { chipLines, dataFigureLine } from './training-answers.js';

/** Chip spec metrics (metrics.yaml ids). */
export const CHIP_METRICS = new Set([
  'release_price',
  'flops_fp16',
  'flops_fp8',
  'flops_fp4',
  'flops_fp32',
  'flops_fp64',
  'ops_int8',
  'memory',
  'memory_bandwidth',
  'tdp',
]);

/** Memory asked on its own, not as the first word of "memory bandwidth". */
const MEMORY_ALONE = /\b(memory|mem|hbm|vram)\b(?![\s-]+(bandwidth|speed))/;

/** Speed asked in plain words. */
const HOW_FAST = /\bhow (fast|quick)\b|\bhow much faster\b/;

const SCALE: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, million: 1e6, b: 1e9, billion: 1e9 };
/** Throughput metrics, the one a "FLOP/s" question means when it names no precision first. */
const FLOPS = ['flops_fp16', 'flops_fp8', 'flops_fp4', 'flops_fp32', 'flops_fp64', 'ops_int8'];

/** The peak metric a precision other than FP16/BF16 names ("fp8 tflops per dollar"). */
const PRECISIONS: Array<[RegExp, string]> = [
  [/\bfp8\b/, 'flops_fp8'],
  [/\bfp4\b/, 'flops_fp4'],
  [/\b(?:fp|tf)32\b/, 'flops_fp32'],
  [/\bfp64\b/, 'flops_fp64'],
  [/\bint8\b/, 'ops_int8'],
];

/** The peak metric of the one precision the question names, when it names one other than FP16/BF16. */
export function precisionMetric(lowered: string): string | undefined {
  const named = PRECISIONS.filter(([rx]) => rx.test(lowered));
  return named.length === 1 && !/\b(?:b?f|fp)16\b/.test(lowered) ? named[0]![1] : undefined;
}

const spec = (c: Entity, metric: string): Figure | undefined => (c.data ?? []).find((f) => f.metric === metric);
const value = (c: Entity, metric: string) => spec(c, metric)?.value;

/** A product line written between a count and a chip's code: "4x RTX 4090", "8 Instinct MI300X". */
const BRAND = '(?:rtx|geforce|radeon|instinct|tesla|quadro|gaudi|ascend|cloud)';

/** A count of chips in the question: "16,384 H100s", "8x B200", "a 2,048-GPU cluster"; never "80GB" or "700 W". */
export function chipCount(q: string, codes: string[]): number | undefined {
  // No digit, no count: the pattern below is built per chip list and costs more than this test.
  if (!/\d/.test(q)) return undefined;
  const names = ['gpus?', 'chips?', 'accelerators?', 'cards?', 'tpus?', ...codes.map((c) => `${c}s?`)].join('|');
  const rx = new RegExp(
    `(?:^|[\\s(])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*(?:-\\s*|x\\s*|×\\s*)?(?:of\\s+)?(?:the\\s+)?(?:nvidia\\s+|amd\\s+|google\\s+)?(?:${BRAND}\\s+)?(?:${names})\\b`,
    'i',
  );
  const m = rx.exec(q);
  const n = m ? Number(m[1]!.replace(/,/g, '')) : 0;
  return n > 1 && n < 1e8 ? n : undefined;
}

function money(q: string): number | undefined {
  const m = /\$\s?(\d[\d,]*(?:\.\d+)?)\s?(k|m|b|thousand|million|billion)?\b/.exec(q);
  return m ? Number(m[1]!.replace(/,/g, '')) * (m[2] ? SCALE[m[2]]! : 1) : undefined;
}

/** Compute named as an amount of work: "training compute", "its FLOP", "epoch-listed compute". */
const COMPUTE_WORDS = /\b(?:compute|flops?)\b/;

const tflops = (v: number) => `${formatCount(Math.round(v / 1e12))} TFLOP/s`;

/** Lines for the named chips (the first is the subject) and the arithmetic the question asks for. */
export function chipAnswer(
  chips: Entity[],
  models: Entity[],
  asked: string[],
  q: string,
  citer: Citer,
): { lines: string[]; missing: string[] } {
  // A model named beside the chip brings its own metrics ("training compute"); only chip specs are asked of chips.
  asked = asked.filter((m) => CHIP_METRICS.has(m));
  // "how much HBM and how fast?": speed next to memory is the memory's bandwidth; alone it is the chip's throughput.
  if (HOW_FAST.test(q)) asked = [...asked, asked.includes('memory') ? 'memory_bandwidth' : 'flops_fp16'];
  const chip = chips[0]!;
  const lines: string[] = [];
  const missing: string[] = [];
  const perDollar =
    /\bper (?:(?:release|list|launch|sticker)[\s-]price |msrp )?(?:dollar|\$|usd)\b|flops?\s?\/\s?\$/.test(q);
  const flopsAsked =
    (perDollar ? precisionMetric(q) : undefined) ??
    asked.find((m) => FLOPS.includes(m)) ??
    (perDollar ? 'flops_fp16' : undefined);
  const model = models.find((m) => dataFigures(m, 'training_compute').length);
  const timeAsked = /\b(hours?|days?|how long)\b/.test(q);
  // "llama 3.1 405b's training compute on h100s at the bf16 peak": the model's compute is work for the chip's peak.
  const computeJob = model && (flopsAsked !== undefined || COMPUTE_WORDS.test(q));
  const kwh = /\$\s?(\d+(?:\.\d+)?)\s?(?:\/|per )\s?kwh/.exec(q);
  // Only the specs the arithmetic uses are listed beside it.
  const used = perDollar
    ? ['release_price', flopsAsked!]
    : model && (timeAsked || computeJob)
      ? [flopsAsked ?? 'flops_fp16']
      : kwh
        ? ['tdp']
        : models.length && !asked.length
          ? ['release_price']
          : [];
  const shownAsked = [...new Set([...used, ...asked])];
  for (const c of chips.slice(0, 3)) {
    const r = chipLines(c, shownAsked, citer, q);
    if (chips.length > 1) lines.push(`${c.name}:`);
    lines.push(...r.lines);
    missing.push(...r.missing.map((m) => (chips.length > 1 ? `${m} of ${c.name}` : m)));
  }
  if (computeJob) {
    const fig = dataFigures(model, 'training_compute')[0]!;
    lines.push(`${model.name}'s training compute: ${dataFigureLine(fig, citer)}`);
  }
  const price = value(chip, 'release_price');
  const codes = chips.flatMap((c) =>
    [c.name, ...c.aliases]
      .flatMap((a) => a.toLowerCase().split(/\s+/))
      .filter((w) => /^[a-z]+\d+[a-z\d]*$|^\d{3,}$/.test(w)),
  );
  const n = chipCount(q, codes);
  const budget = money(q);
  // Two chips and one spec: which is higher and by how much.
  const metric = asked.find((m) => m !== 'release_price') ?? (perDollar ? undefined : asked[0]);
  if (chips.length >= 2 && metric && !perDollar) {
    const [a, b] = chips;
    const va = value(a!, metric);
    const vb = value(b!, metric);
    if (va && vb) {
      const [hi, lo, vh, vl] = va >= vb ? [a!, b!, va, vb] : [b!, a!, vb, va];
      lines.push(`${hi.name} has the higher ${metric.replace(/_/g, ' ')}: ${trimNumber(vh / vl, 2)}× ${lo.name}.`);
      const f = (hi.data ?? []).find((x) => x.metric === metric)!;
      const show = (v: number) => formatFigureValue({ ...f, value: v }).replace(/^~/, '');
      const label = metric.replace(/_/g, ' ');
      lines.push(...askedGapLines(q, label, { name: hi.name, value: vh }, { name: lo.name, value: vl }, show));
    }
  }
  if (perDollar && flopsAsked) {
    const per = chips
      .map((c) => ({ c, f: value(c, flopsAsked), p: value(c, 'release_price') }))
      .filter((x): x is { c: Entity; f: number; p: number } => Boolean(x.f && x.p));
    const out = per.map(
      ({ c, f, p }) =>
        `${c.name}: ${tflops(f)} ÷ ${formatMoney(p)} = ${trimNumber(f / p / 1e9, 3)} GFLOP/s per dollar.`,
    );
    if (per.length >= 2) {
      const [a, b] = [...per].sort((x, y) => y.f / y.p - x.f / x.p);
      out.unshift(
        `${a!.c.name} gives ${trimNumber(a!.f / a!.p / (b!.f / b!.p), 2)}× the FLOP/s per dollar of ${b!.c.name}.`,
      );
    }
    lines.unshift(...out);
    return { lines, missing };
  }
  // A training run's length on N chips: the model's training compute over N × the chip's peak × utilisation.
  if (model && n && timeAsked) {
    const fig = dataFigures(model, 'training_compute')[0]!;
    const compute = fig.value!;
    citer.sourceOf(fig.source);
    const peak = value(chip, flopsAsked ?? 'flops_fp16');
    const util = Number(/(\d+(?:\.\d+)?)\s?%/.exec(q)?.[1] ?? 100) / 100;
    if (peak) {
      const hours = compute / (n * peak * util) / 3600;
      lines.push(
        `${model.name}'s ${compute.toExponential(2)} FLOP ÷ (${formatCount(n)} × ${tflops(peak)} × ${util * 100}%) = ${formatCount(Math.round(hours))} hours (${trimNumber(hours / 24, 3)} days).`,
      );
      return { lines, missing };
    }
  }
  // Power at the chip's TDP and a price per kWh over the time the user gives ("for 30 days", "10h/day over 30 days"),
  // else a year: the calculator multiplies every count, fraction of the day and duration given.
  const tdp = value(chip, 'tdp');
  if (kwh && tdp) {
    const power = powerCost(q, tdp, n ?? 1);
    if (power) lines.push(power);
    // "… card cost at launch price, and power …": the price part is answered too.
    if (!power || !PRICE_ASKED.test(q)) return { lines, missing };
  }
  if (!price) return { lines, missing };
  if (budget && /\bhow many\b/.test(q) && chips.length === 1) {
    lines.push(
      `${formatMoney(budget)} ÷ ${formatMoney(price)} = ${formatCount(Math.floor(budget / price))} ${chip.name} at release price.`,
    );
    return { lines, missing };
  }
  // A model's training fleet at list price: Epoch's chip count × the chip's release price.
  const fleet = models
    .map((m) => ({ m, f: dataFigures(m, 'hardware').find((f) => f.unit === 'count' && f.value) }))
    .find((x) => x.f);
  const count = n ?? fleet?.f?.value;
  // Count × price answers a sum of money, or a question naming no unit; "how many megawatts", "how many H100s to hold
  // the weights" ask something else, which this line would answer with a confident wrong figure.
  const unit = askedTarget(q, parseQuantities(q));
  // "total HBM of 256 MI300X": another spec asked of the count is not its price.
  const priceFits = !asked.length || asked.includes('release_price');
  if (count && count > 1 && priceFits && (!unit || sameDims(unit.dims, { usd: 1 }))) {
    const whose = !n && fleet ? `${fleet.m.name}'s ${formatCount(count)} chips: ` : '';
    lines.push(
      `${whose}${formatCount(count)} × ${formatMoney(price)} = ${formatMoney(count * price)} at release price.`,
    );
  }
  const other = chips.find((c) => c.id !== chip.id && value(c, 'release_price'));
  if (other && (!asked.length || asked.includes('release_price'))) {
    const p2 = value(other, 'release_price')!;
    const [hi, lo, ph, pl] = price >= p2 ? [chip, other, price, p2] : [other, chip, p2, price];
    lines.push(
      `${hi.name} (${formatMoney(ph)}) costs ${(ph / pl).toFixed(2)}× ${lo.name} (${formatMoney(pl)}) at release; difference ${formatMoney(ph - pl)}.`,
    );
    // "8x MI300X vs 8x H100": the same count of each, and the gap between the two sets.
    // It answers the question, so it leads.
    if (n && n > 1)
      lines.unshift(
        `${formatCount(n)} × ${formatMoney(ph)} (${hi.name}) = ${exact(n * ph)} vs ${formatCount(n)} × ${formatMoney(pl)} (${lo.name}) = ${exact(n * pl)}; difference ${exact(n * (ph - pl))}.`,
      );
  }
  if (/\bper gb\b/.test(q))
    for (const c of chips) {
      const p = value(c, 'release_price');
      const mem = value(c, 'memory');
      if (p && mem)
        lines.push(
          `${c.name}: ${formatMoney(p)} ÷ ${formatCount(mem / 1e9)} GB = ${formatMoney(p / (mem / 1e9))} per GB`,
        );
    }
  return { lines, missing };
}

/** Money in whole dollars below a million ("$148,800"), so a difference of list prices is not rounded away. */
const exact = (n: number) => (Math.abs(n) < 1e6 ? `$${grouped(0).format(n)}` : formatMoney(n));

/** A price asked beside the power: "card cost at launch price", "what do the cards cost". */
const PRICE_ASKED =
  /\b(?:launch|list|release|msrp|sticker|retail) price\b|\b(?:cards?|chips?|gpus?|hardware) cost\b|\bcost of the (?:cards?|chips?|gpus?)\b/;

/** N chips at their TDP, for the hours, fractions of a day and days the user gives, at a price per kWh: the calculator's
 * formula over the user's numbers and the sourced TDP; undefined when they do not combine into money. */
function powerCost(q: string, tdp: number, count: number): string | undefined {
  const given = parseQuantities(q).filter(
    (x) =>
      sameDims(x.dims, { usd: 1, kwh: -1 }) ||
      sameDims(x.dims, { hour: 1 }) ||
      (Object.keys(x.dims).length === 0 && x.value > 0 && x.value <= 1),
  );
  const at = q.length;
  const chips: Quantity[] = [
    ...(count > 1 ? [{ value: count, dims: { gpu: 1 }, raw: `${formatCount(count)} chips`, at }] : []),
    { value: tdp / 1000, dims: { kwh: 1, hour: -1, gpu: -1 }, raw: `${formatCount(tdp)} W TDP`, at: at + 1 },
  ];
  if (count <= 1) chips[0]!.dims = { kwh: 1, hour: -1 };
  const always = given.some((x) => x.dims.hour === 1)
    ? []
    : [{ value: 8760, dims: { hour: 1 }, raw: 'a year (8,760 h)', at: at + 2 }];
  const worked = solve([...chips, ...given, ...always], { dims: { usd: 1 } });
  if (typeof worked === 'string' || worked.high !== undefined) return undefined;
  const price = given.find((x) => x.dims.kwh === -1);
  const kwhUsed = price?.value ? `; ${formatCount(Math.round(worked.value / price.value))} kWh` : '';
  const formula = [...worked.steps.filter((x) => x.sign === 1), ...worked.steps.filter((x) => x.sign === -1)]
    .map((x, i) => `${i === 0 ? '' : x.sign === 1 ? ' × ' : ' ÷ '}${x.q.raw.replace(/kwh\b/, 'kWh')}`)
    .join('');
  return `Power: ${formula} = ${formatMoney(worked.value)}${kwhUsed}.`;
}

/** Most distinct values, and variants holding them, worth listing instead of asking which variant is meant. */
const MAX_VARIANT_VALUES = 4;
const MAX_VARIANTS = 10;

/** A chip code several variants share, asked for one or two specs ("TDP of an H100", "A100 memory"): each variant's
 * value, variants that share a value together, lowest value first. Undefined when no variant has the spec or too many
 * values differ: then the caller asks which variant. */
export function chipVariantLines(
  typed: string,
  chips: Entity[],
  asked: string[],
  citer: Citer,
  q = '',
): string[] | undefined {
  let metrics = asked.filter((m) => CHIP_METRICS.has(m));
  // "memory bandwidth" holds the word "memory": the bandwidth is what is asked, unless memory is asked on its own
  // too ("memory and bandwidth").
  if (metrics.includes('memory_bandwidth') && !MEMORY_ALONE.test(q)) metrics = metrics.filter((m) => m !== 'memory');
  // A chip code ("H100", "MI300") names one chip in several forms; a product line ("gaudi", "ascend") names different
  // chips, which the user picks from.
  if (!/\d/.test(typed)) return undefined;
  if (!metrics.length || metrics.length > 2 || chips.length < 2 || !chips.every((c) => c.kind === 'chips'))
    return undefined;
  const lines: string[] = [];
  for (const metric of metrics) {
    const held = chips
      .flatMap((c) => {
        const f = spec(c, metric);
        return f?.value !== undefined ? [{ c, f, v: f.value }] : [];
      })
      .sort((a, b) => a.v - b.v);
    if (held.length > MAX_VARIANTS) return undefined;
    // Most variants lacking the spec: the few that have it would read as the family's answer, so they count as
    // lacking in the verdict, which then asks.
    const shown = (f: Figure) => formatFigureValue(f);
    const verdict = familyVerdict(
      [
        ...held.map(({ c, f }) => ({ name: c.name, value: shown(f), figure: shown(f) })),
        ...chips.filter((c) => !held.some((h) => h.c === c)).map((c) => ({ name: c.name })),
      ],
      { groups: MAX_VARIANT_VALUES, minority: true },
    );
    if (verdict.kind === 'ask') return undefined;
    const first = held[0]!.f;
    const from = `[${first.basis} · ${citer.sourceOf(first.source)}]`;
    const groups = verdict.kind === 'agree' ? [verdict.group] : verdict.groups;
    lines.push(
      ...variantValueLines(typed, citer.metricLabel(first), from, groups, verdict.lacking, metrics.length > 1),
    );
  }
  return lines;
}
