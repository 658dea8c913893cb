// Data-set figures as inputs to the user's calculation: the figures the data sets' answer shows for a model or a chip
// (Epoch's cost by method, parameters, training compute and data, chip count and time; a chip's list price, memory,
// FLOP/s and TDP) become quantities with units, beside the user's own numbers, and the unit solver combines them
// into what is asked ("Grok 4's upfront cost per chip", "Olmo 3's tokens per parameter", "as many RTX 4090s as $100k
// buys — combined TDP in kW?"). Each input keeps its source in the formula shown. When the solver cannot use every
// input for the unit asked, the data sets' own answer stands.
import type { Figure } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import type { ShownFigure } from '../datasets/answer.js';
import { precisionMetric } from '../datasets/chip-answers.js';
import { formatFigureValue } from '../format.js';
import { calculationReply } from '../replies.js';
import type { Reply } from '../types.js';
import { applyFactors } from '../understand/calc-plan.js';
import { modelSizeOf } from '../understand/model-size.js';
import type { Dims, Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { unplacedAmounts } from '../understand/unplaced.js';
import { isFactor, sameDims, type Target } from '../units.js';
import { weightsOnChip } from './chip-weights.js';
import type { AnswerContext, Answerer } from './context.js';
import { sixNdWorked } from './data-six-nd.js';
import { answerModelSize } from './model-size.js';
import { workCases } from './units.js';

/** A data-set figure as a quantity in the solver's base units; a chip's figures are per one chip. */
function dimsOf(f: Figure, chip: boolean): { value: number; dims: Dims; noun?: string } | undefined {
  const v = f.value;
  if (v === undefined) return undefined;
  const per: Dims = chip ? { gpu: -1 } : {};
  switch (f.unit) {
    case 'money':
      return f.currency === 'USD' ? { value: v, dims: { usd: 1, ...per } } : undefined;
    case 'FLOP':
      return { value: v, dims: { flop: 1 } };
    case 'FLOP/s':
      return { value: v * 3600, dims: { flop: 1, hour: -1, ...per } };
    case 'tokens':
      return { value: v, dims: { token: 1 } };
    case 'hours':
      return { value: v, dims: { hour: 1 } };
    case 'bytes':
      return { value: v / 1e9, dims: { gb: 1, ...per } };
    case 'watts':
      return { value: v / 1000, dims: { kwh: 1, hour: -1, ...per } };
    case 'count':
      if (f.metric === 'hardware') return { value: v, dims: { gpu: 1 }, noun: 'GPU' };
      if (f.metric === 'parameters') return { value: v, dims: { item: 1 }, noun: 'parameter' };
      return undefined;
    default:
      return undefined;
  }
}

/** A chip's peak FLOP/s at a precision: the rate a share of the peak ("40% MFU") scales. */
const isPeak = (f: Figure) => f.unit === 'FLOP/s';

/** Figures a number of the user's of the same kind replaces: a chip count, a run's length, a chip's speed. */
const REPLACEABLE: Dims[] = [{ gpu: 1 }, { hour: 1 }, { flop: 1, hour: -1, gpu: -1 }];

/** Words that name what a result is per or in, as dimensions: "per param", "$/chip", "in kW", "per watt". */
const UNIT_WORDS: Array<{ word: RegExp; dims: Dims; scale?: number; chip?: string; unit?: string }> = [
  { word: /^(?:(?:billion|bn|b)\s+)params?\b|^(?:billion|bn|b)\s+parameters?\b/, dims: { item: 1 }, scale: 1e9 },
  { word: /^(?:params?|parameters?|weights?)\b/, dims: { item: 1 } },
  { word: /^(?:chips?|gpus?|cards?|accelerators?|tpus?|units?)\b/, dims: { gpu: 1 } },
  // "per billion training tokens": tokens counted in a scale the result is said in; per million is how token prices
  // are said already.
  { word: /^(?:billion|bn|b)\s+(?:(?:pre-?)?training\s+)?tokens?\b/, dims: { token: 1 }, scale: 1e9 },
  { word: /^(?:trillion|tn|t)\s+(?:(?:pre-?)?training\s+)?tokens?\b/, dims: { token: 1 }, scale: 1e12 },
  { word: /^(?:thousand|k)\s+(?:(?:pre-?)?training\s+)?tokens?\b/, dims: { token: 1 }, scale: 1e3 },
  { word: /^(?:million|mn|m)\s+(?:(?:pre-?)?training\s+)?tokens?\b/, dims: { token: 1 } },
  { word: /^(?:(?:pre-?)?training\s+)?(?:tokens?|tok)\b/, dims: { token: 1 } },
  { word: /^(?:watts?|w)\b/, dims: { kwh: 1, hour: -1 }, scale: 1e-3, chip: 'tdp' },
  { word: /^(?:kw|kilowatts?)\b/, dims: { kwh: 1, hour: -1 }, chip: 'tdp' },
  { word: /^(?:dollars?|usd|\$)(?!\w)/, dims: { usd: 1 }, chip: 'release_price' },
  { word: /^(?:gb|gigabytes?)\b/, dims: { gb: 1 }, chip: 'memory' },
  { word: /^(?:tb|terabytes?)\b/, dims: { gb: 1 }, scale: 1e3 },
  // A speed of work ("per bf16 PFLOP/s", "TFLOPS per dollar"): the chip's peak at the precision named.
  { word: /^(?:flop\/s|flops\b(?!\s*\/\s*s))/, dims: { flop: 1, hour: -1 }, chip: 'flops', unit: 'FLOP/s' },
  { word: /^(?:gflop\/s|gflops)\b/, dims: { flop: 1, hour: -1 }, chip: 'flops', unit: 'GFLOP/s' },
  { word: /^(?:tflop\/s|tflops)\b/, dims: { flop: 1, hour: -1 }, chip: 'flops', unit: 'TFLOP/s' },
  { word: /^(?:pflop\/s|pflops|petaflop\/s)\b/, dims: { flop: 1, hour: -1 }, chip: 'flops', unit: 'PFLOP/s' },
  { word: /^(?:flop)\b/, dims: { flop: 1 } },
];

/** The chip metric a unit word names, its precision read from the question for a speed of work. */
function chipMetric(chip: string | undefined, lowered: string): string | undefined {
  if (chip !== 'flops') return chip;
  return precisionMetric(lowered) ?? 'flops_fp16';
}

function unitAt(s: string): { dims: Dims; scale: number; chip?: string; unit?: string } | undefined {
  // "per bf16 PFLOP/s", "per release-price dollar": the precision or the price named before the unit.
  const rest = s.replace(/^(?:(?:bf|fp|tf|int)\d+\s+|(?:release|list|launch|sticker)[\s-]price\s+|msrp\s+)/, '');
  const hit = UNIT_WORDS.find((u) => u.word.test(rest));
  return hit ? { dims: hit.dims, scale: hit.scale ?? 1, chip: hit.chip, unit: hit.unit } : undefined;
}

/** The chip specs a "per" names, after it and right before it ("per watt": TDP; "dollars per PFLOP/s": the list price
 * and the peak), when it names them. */
function perSpecs(lowered: string): string[] {
  for (const m of lowered.matchAll(PER)) {
    const unit = unitAt(lowered.slice(m.index + m[0].length));
    if (!unit?.chip) continue;
    const before = /([a-z$/]+)\s*$/.exec(lowered.slice(0, m.index).replace(/['’]s\b/g, ''));
    const top = before ? unitAt(before[1]!) : undefined;
    return [unit.chip, ...(top?.chip && top.chip !== unit.chip ? [top.chip] : [])].map((c) => chipMetric(c, lowered)!);
  }
  return [];
}

/** "per billion params", "tokens per param", "$/chip": the thing a result is per, read after "per" or "/". */
const PER = /(?:\bper|\/|÷|\bdivided by|\bfor each|\beach)\s*(?:one\s+|a\s+|single\s+)?/g;

/** The quantities of the figures shown, each cited; none when a figure has no value or unit the solver knows. */
function figureQuantities(shown: ShownFigure[], citer: Citer): Quantity[] {
  const out: Quantity[] = [];
  for (const { entity, figure } of shown) {
    const d = dimsOf(figure, entity.kind === 'chips');
    if (!d) continue;
    citer.sourceOf(figure.source);
    out.push({
      value: d.value,
      dims: d.dims,
      noun: d.noun,
      raw: `${entity.name}'s ${citer.metricLabel(figure)} (${formatFigureValue(figure)}, ${figure.scope}, ${citer.sourceOf(figure.source)})`,
      // Before the question's text, each at its own place, so a share of the peak can name the figure it scales.
      at: -1 - out.length,
    });
  }
  return out;
}

/** Whether a user's number sits inside a name the question gives a data-set thing ("olmo 3", "grok-1"). */
function insideName(q: Question, x: { at: number; raw: string }, shown: ShownFigure[]): boolean {
  // The number itself, not the unit or noun read with it ("1,024 H100 SXMs" counts H100s; "mistral large 2" is a name).
  const end = x.at + (/^[^a-z]*\d/i.exec(x.raw)?.[0].length ?? x.raw.length);
  const text = q.plain.toLowerCase();
  for (const { entity } of shown)
    for (const n of [entity.name, ...(entity.aliases ?? [])]) {
      const key = n.toLowerCase();
      for (let i = text.indexOf(key); i >= 0; i = text.indexOf(key, i + 1))
        if (x.at < i + key.length && end > i) return true;
    }
  return false;
}

/** A number written as a word of a shown thing's name, its unit joined ("A100 SXM4 80GB" for "… 80 GB"). */
function nameWord(raw: string, shown: ShownFigure[]): boolean {
  const word = raw.toLowerCase().replace(/\s+/g, '');
  return shown.some(({ entity }) =>
    [entity.name, ...(entity.aliases ?? [])].some((n) =>
      n
        .toLowerCase()
        .replace(/(\d)\s+(?=[a-z])/g, '$1')
        .split(/\s+/)
        .includes(word),
    ),
  );
}

/** The same value as a figure shown (within rounding): the user quoting it ("it lists 32k"), not a new input. */
const quotes = (x: Quantity, fs: Quantity[]) =>
  fs.some((f) => Math.abs(x.value - f.value) <= 0.02 * Math.abs(f.value) && x.dims.usd === f.dims.usd);

/** The subject's own figure a number of the user's quotes ("llama 4 behemoth's upfront cost per GPU (it lists 32k)"):
 * one figure equal to it within rounding, not shown; a number with a currency sign or a percentage, or under 100 (a
 * split, a share), quotes nothing. */
function quotedFigure(x: Quantity, subject: ShownFigure['entity'], shown: ShownFigure[]): Figure | undefined {
  if (x.loose || x.at < 0 || x.value < 100 || /[$%€£]/.test(x.raw)) return undefined;
  const near = (subject.data ?? []).filter(
    (f) => f.value !== undefined && Math.abs(x.value - f.value) <= 0.02 * Math.abs(f.value),
  );
  return near.length === 1 && !shown.some((s) => s.figure === near[0]) ? near[0] : undefined;
}

/** The unit asked after "per"/"/", joined with the unit of the figure asked of, when the question reads no target. */
function perTarget(
  q: Question,
  figures: Quantity[],
  metricOf: (f: Quantity) => string,
  asked: Set<string>,
): { target: Target; scale: number } | undefined {
  const text = q.plain.toLowerCase();
  for (const m of text.matchAll(PER)) {
    const unit = unitAt(text.slice(m.index + m[0].length));
    if (!unit) continue;
    // A chip's spec named by the word ("per watt" is its TDP): that figure's own units, per chip as it is.
    const metric = chipMetric(unit.chip, text);
    const named = metric ? figures.find((f) => metricOf(f) === metric) : undefined;
    const under = named?.dims ?? unit.dims;
    // What is per it: the unit right before "per" ("tokens per param"), else the one figure of another kind (of the
    // measures asked, when several).
    const before = /([a-z$/]+)\s*$/.exec(text.slice(0, m.index).replace(/['’]s\b/g, ''));
    const top = before ? unitAt(before[1]!) : undefined;
    // "dollars per PFLOP/s": a chip's spec named before it too is that figure, per chip as it is.
    const topMetric = chipMetric(top?.chip, text);
    const topNamed = topMetric && topMetric !== metric ? figures.find((f) => metricOf(f) === topMetric) : undefined;
    const others = figures.filter((f) => f !== named && !sameDims(f.dims, unit.dims));
    const askedOthers = others.filter((f) => asked.has(metricOf(f)));
    const pick = others.length === 1 ? others : askedOthers;
    const over = topNamed?.dims ?? top?.dims ?? (pick.length === 1 ? pick[0]!.dims : undefined);
    if (!over) continue;
    const dims: Dims = { ...over };
    for (const [k, e] of Object.entries(under)) dims[k as keyof Dims] = (dims[k as keyof Dims] ?? 0) - e;
    for (const k of Object.keys(dims) as Array<keyof Dims>) if (!dims[k]) delete dims[k];
    return { target: { dims, ...(unit.unit ? { unit: unit.unit } : {}) }, scale: unit.scale };
  }
  return undefined;
}

const SCALE_WORDS: Record<number, string> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };
const billions = (scale: number) => SCALE_WORDS[scale] ?? `${scale}`;

/** The memory a model's weights take at a precision ("grok-1's params in bf16 — GB?"): its parameter count from the
 * data sets worked as if the user had written it. */
function weightsOf(
  q: Question,
  ctx: AnswerContext,
  shown: ShownFigure[],
  user: Quantity[],
  citer: Citer,
): Reply | undefined {
  const params = shown.find((s) => s.figure.metric === 'parameters' && s.figure.value) ?? namedParams(q, ctx);
  if (!params || new Set(shown.filter((s) => s.entity.kind === 'models').map((s) => s.entity)).size > 1)
    return undefined;
  const size = modelSizeOf(`${params.figure.value! / 1e9}b params ${q.plain.toLowerCase()}`, user);
  // "6ND for it on 20T tokens": training compute from its parameters; else its weights' memory at a precision.
  if (size?.bytes === undefined && !size?.tokens) return undefined;
  const raw = `${params.entity.name}'s ${formatFigureValue(params.figure)
    .replace(/^~/, '')
    .replace(/ param\w*$/, '')} parameters (${citer.sourceOf(params.figure.source)})`;
  const reply = answerModelSize({ ...q, modelSize: { ...size, paramsRaw: raw } }, ctx);
  return reply && { ...reply, fields: [citer.field(params.figure)], sources: citer.sources() };
}

/** The parameter count of the one model the question names beside a chip ("how many 80GB H100s hold llama 3.1
 * 405b's weights in bf16"), which the chip's answer does not list; none when no model or several are named. */
function namedParams(q: Question, ctx: AnswerContext): ShownFigure | undefined {
  if (!ctx.names) return undefined;
  const found = ctx.names
    .find(q.plain, true)
    .mentions.flatMap((m) => (m.ids.length === 1 ? [ctx.names!.entity(m.ids[0]!)] : []))
    .flatMap((e) => {
      const f = e?.kind === 'models' ? (e.data ?? []).find((x) => x.metric === 'parameters' && x.value) : undefined;
      return f ? [{ entity: e!, figure: f }] : [];
    });
  return new Set(found.map((x) => x.entity)).size === 1 ? found[0] : undefined;
}

export const answerDataWorked: Answerer = (q, ctx) => {
  const data = q.data && 'reply' in q.data ? q.data : undefined;
  if (!data?.shown?.length) return undefined;
  const shown = [...data.shown];
  // The things worked: the subject, or up to three of its kind set side by side ("HBM per dollar: MI300X vs H100");
  // a figure of another kind shown beside them (the list price of the chip a run used) is no input unless asked.
  const subject = shown[0]!.entity;
  const sides = [...new Set(shown.filter((s) => s.entity.kind === subject.kind).map((s) => s.entity))];
  if (sides.length > 3) return undefined;
  // "FLOP/s per watt": a chip's spec the "per" names is an input even when the reply did not list it.
  const specs = subject.kind === 'chips' ? perSpecs(q.plain.toLowerCase()) : [];
  for (const spec of specs)
    for (const e of sides) {
      const f = (e.data ?? []).find((x) => x.metric === spec && x.value !== undefined);
      if (f && !shown.some((s) => s.figure === f)) shown.push({ entity: e, figure: f });
    }
  // "(it lists 32k)": a number of the user's that is one of the subject's own figures, not shown, quotes that figure.
  for (const x of q.quantities) {
    const f = quotedFigure(x, subject, shown);
    if (f) shown.push({ entity: subject, figure: f });
  }
  const citer = new Citer(ctx.index.kb);
  // A figure in a unit the solver lacks (a chip's memory bandwidth in bytes/s) is no input; asked, nothing is worked.
  const unitless = shown.filter((s) => dimsOf(s.figure, s.entity.kind === 'chips') === undefined);
  if (unitless.some((s) => data.asked?.includes(s.figure.metric) || s.entity.kind !== 'chips')) return undefined;
  shown.splice(0, shown.length, ...shown.filter((s) => !unitless.includes(s)));
  const quoted = figureQuantities(shown, citer);
  let user = applyFactors(q.plain, q.quantities).filter(
    (x) => x.at >= 0 && !insideName(q, x, shown) && !quotes(x, quoted) && !quotedFigure(x, subject, []),
  );
  // A bare number the reader took for money ("it used 100k") is not sure enough to work against a sourced figure.
  if (user.some((x) => !x.loose && x.dims.usd !== undefined && !/[$€£]|\b(?:dollars?|usd|bucks)\b/i.test(x.raw)))
    return undefined;
  // "C = 6ND: implied tokens for grok 3", "epoch's compute ÷ (6 × its parameter count)": the rule on its figures.
  const rule = sixNdWorked(q, shown, user, citer);
  if (rule) return rule;
  // "grok-1's params in bf16 — GB?", "how many 80GB H100s hold llama 3.1 405b in bf16": the weights' memory at a
  // precision, and the cards that hold it; "6ND for it on 20T tokens": its training compute. The model-size reading
  // places its own numbers.
  // "671B params at fp8 on H200s — how many cards, and at list price?": the chip's own memory holds the weights.
  const onChip =
    subject.kind === 'chips' && sides.length === 1
      ? weightsOnChip(
          q,
          subject,
          namedParams(q, ctx),
          user.filter((x) => !x.loose),
          citer,
          ctx,
        )
      : undefined;
  if (onChip) return onChip;
  const weights = weightsOf(
    q,
    ctx,
    shown,
    user.filter((x) => !x.loose),
    citer,
  );
  if (weights) return weights;
  // A chip's list price or TDP with the user's count, budget or power price is the chip answer's own arithmetic
  // (whole chips a budget buys, kWh beside the bill); here only its specs set against each other, or its peak FLOP/s
  // doing an amount of compute (the user's, or a model's training compute shown beside it) with the user's numbers.
  // "total HBM of 256 MI300X in TB": the chip's memory times the user's count, when an amount of memory is asked.
  const memoryAsked = q.target !== undefined && sameDims(q.target.dims, { gb: 1 });
  if (subject.kind === 'chips' && user.length) {
    // One peak per chip, at the precision named (the FP16/BF16 peak when none is): "2T tokens on an H100" never sets
    // its FP8 peak against its BF16 one.
    const precision = precisionMetric(q.plain.toLowerCase()) ?? 'flops_fp16';
    const isWork = (f: Figure) => (isPeak(f) && f.metric === precision) || (memoryAsked && f.metric === 'memory');
    const work = shown.filter((s) => isWork(s.figure) || s.figure.metric === 'training_compute');
    if (!work.some((s) => isWork(s.figure))) return undefined;
    shown.splice(0, shown.length, ...work);
  }
  const figures = figureQuantities(shown, citer);
  if (!figures.length) return undefined;
  // "…, 12 racks — total flop?": a number of the user's the reading could not place is never left out of a formula.
  const unplaced = unplacedAmounts(
    q,
    figures.map((f) => f.value),
  ).filter((a) => !insideName(q, { at: a.index, raw: a.raw }, shown) && !nameWord(a.raw, shown));
  if (user.some((x) => x.loose) || unplaced.length) return undefined;
  // "at 40% MFU", "35% of its bf16 peak": the share scales the chip's peak FLOP/s, wherever the reader joined it; any
  // other share beside a peak is not placed, so nothing is worked.
  const peak = figures.find((_, i) => isPeak(shown[i]!.figure));
  if (peak) {
    if (user.some((x) => isFactor(x) && !x.busy)) return undefined;
    user = user.map((x) => (x.busy ? { ...x, on: peak.at } : x));
  }
  const own = (e: (typeof sides)[number]) => figures.filter((_, i) => shown[i]!.entity === e);
  const asked = new Set([...q.metrics, ...(data.asked ?? []), ...specs]);
  const metricOf = (f: Quantity) => shown[figures.indexOf(f)]!.figure.metric;
  const per = user.length ? undefined : perTarget(q, own(subject), metricOf, asked);
  // "bf16 FLOP/s per dollar: 4090 vs H100" is the chip answer's own ratio, worked there with the multiple between them.
  if (sides.length > 1 && per && sameDims(per.target.dims, { flop: 1, hour: -1, usd: -1 })) return undefined;
  // "per billion params": the figure it divides counted in billions; "per billion training tokens" likewise, its
  // tokens then counted as so many billions (a token figure is always said per million).
  if (per && per.scale !== 1)
    for (const [i, f] of figures.entries()) {
      if (f.dims.item === 1 && per.target.dims.item === -1)
        figures[i] = { ...f, value: f.value / per.scale, noun: `${billions(per.scale)} ${f.noun ?? 'unit'}s` };
      if (f.dims.token === 1 && Object.keys(f.dims).length === 1 && per.target.dims.token === -1) {
        figures[i] = { ...f, value: f.value / per.scale, dims: { item: 1 }, noun: `${billions(per.scale)} tokens` };
        const { token: _, ...rest } = per.target.dims;
        per.target = { ...per.target, dims: { ...rest, item: -1 } };
      }
    }
  // The unit the question reads ("how many tokens … per parameter" reads a count of tokens), else the one after "per";
  // a scale named after "per" ("per billion tokens") first, the result said in it.
  const targets = (per && per.scale !== 1 ? [per.target, q.target] : [q.target, per?.target]).filter(
    (t): t is Target => t !== undefined,
  );
  // Nothing to work: no number of the user's and no unit asked that the figures do not already carry; several
  // things asked of the figures alone ("tokens it was trained on and on how many gpus") are the figures themselves.
  // "how many times cheaper" beside things set side by side is the multiple between what is worked for each.
  const parts = q.parts?.filter(
    (p) => !(sides.length > 1 && p.target?.noun === 'time' && !Object.keys(p.target.dims).length),
  );
  if (!user.length && (!targets.length || (parts?.length ?? 0) > 1)) return undefined;
  // Several things side by side only compare something worked from each, not a figure each already has.
  if (sides.length > 1 && !targets.length) return undefined;
  // Every figure shown, else only those of the measures asked ("upfront cost per chip" beside the chip's list price).
  // "on 10k gpus doing 400 TFLOP/s each": the user's chip count, run length or speed stands in for the figure's; the
  // figure of the very unit asked (Epoch's training time, when days on the user's cluster are asked) is what is worked
  // anew, no input.
  const replaced = (f: Quantity) =>
    REPLACEABLE.some((d) => sameDims(d, f.dims)) &&
    user.length > 0 &&
    (user.some((x) => sameDims(x.dims, f.dims)) || targets.some((t) => sameDims(t.dims, f.dims)));
  // A figure of another kind shown beside the subject's (the list price of the chip its run used) is an input only when
  // asked, or as the work a chip's peak does (a model's training compute).
  const aside = (f: Quantity) => {
    const { entity, figure } = shown[figures.indexOf(f)]!;
    return entity.kind !== subject.kind && !asked.has(figure.metric) && figure.metric !== 'training_compute';
  };
  const setsOf = (e: (typeof sides)[number]) => {
    const all = (sides.length > 1 ? own(e) : figures).filter((f) => !replaced(f) && !aside(f));
    const narrowed = own(e).filter((f) => asked.has(metricOf(f)) && !replaced(f));
    // "its compute in petaflop/s-days": the one figure in the kind of unit named, shown in that unit.
    const inUnit = q.target?.unit ? own(e).filter((f) => sameDims(f.dims, q.target!.dims)) : [];
    const sets = narrowed.length && narrowed.length < all.length ? [all, narrowed] : [all];
    return inUnit.length === 1 && !user.length ? [...sets, inUnit] : sets;
  };
  let worked: ReturnType<typeof workCases>;
  let used: Quantity[] = [];
  search: for (const [n] of setsOf(subject).entries())
    for (const target of targets.length ? targets : [undefined]) {
      const cases = sides.map((e) => ({ label: sides.length > 1 ? e.name : undefined, set: setsOf(e)[n] }));
      if (cases.some((c) => !c.set?.length)) continue;
      const first = cases[0]!.set!;
      // A figure alone in its own unit is no calculation; in another unit named ("in petaflop/s-days") it is.
      if (!user.length && first.length === 1 && target && !target.unit && sameDims(target.dims, first[0]!.dims))
        continue;
      worked = workCases(
        { cases: cases.map((c) => ({ label: c.label, quantities: [...c.set!, ...user] })) },
        target,
        sides.length > 1 ? undefined : q.parts,
        q.cues.has('time-asked'),
      );
      if (Array.isArray(worked)) {
        used = cases.flatMap((c) => c.set!);
        break search;
      }
    }
  // "split epoch's cloud-price estimate four ways — what does each sponsor chip in" (its chips shown beside it): the
  // one figure of the subject that works with every number of the user's, when exactly one does.
  // The subject's own figures first, without those of the chip its run used.
  const narrower = [own(subject), ...(user.length ? own(subject).map((f) => [f]) : [])].filter(
    (set) => set.length < figures.length && (user.length || set.length > 1),
  );
  for (const stage of [narrower.slice(0, 1), narrower.slice(1)]) {
    if (Array.isArray(worked) || sides.length > 1) break;
    // A figure the question names ("epoch's training compute ÷ …") is never left out of the formula.
    const named = own(subject).filter((f) => data.asked?.includes(metricOf(f)));
    const fits = stage.flatMap((set) => {
      if (named.some((f) => !set.includes(f))) return [];
      const w = workCases({ cases: [{ quantities: [...set, ...user] }] }, targets[0], q.parts);
      return Array.isArray(w) ? [{ set, w }] : [];
    });
    if (fits.length === 1) [worked, used] = [fits[0]!.w, fits[0]!.set];
  }
  if (!Array.isArray(worked)) return undefined;
  const reply: Reply = calculationReply(worked);
  return {
    ...reply,
    title: `${sides.map((e) => e.name).join(' vs ')} — calculation`,
    fields: shown.filter((_, i) => used.includes(figures[i]!)).map((s) => citer.field(s.figure, s.entity.name)),
    sources: [...citer.sources(), ...data.reply.sources.filter((s) => !citer.sources().some((c) => c.id === s.id))],
  };
};
