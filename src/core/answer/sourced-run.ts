// Accelerator time in a calculation: a model's training run in GPU-hours (Epoch's chips × hours) priced at a rate
// ("GPT-4's GPU-hours at $1.50/hr", "what would Llama 3.1 405B's run cost at the AWS H100 rate"), and an amount of
// money turned into GPU time ("how many H100-months would Llama 3's budget buy"). Every input is a quantity, sourced
// or the user's, and the one unit solver combines them; each sourced input names its source, each rate or method
// is its own case, and a figure the knowledge lacks is declined, never borrowed from a neighbour.
import type { Knowledge } from '../../knowledge/load.js';
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import { formatCount, formatFigureValue, formatMoney, grouped, trimNumber } from '../format.js';
import { calculationReply, dataUnknownReply } from '../replies.js';
import { againstAsked, againstLines, epochCostsAsked } from '../run-against.js';
import type { Reply } from '../types.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import {
  epochCosts,
  modelWithRun,
  moneyQuantity,
  rentalRates,
  runInputs,
  type SourcedQuantity,
} from '../understand/sourced-quantities.js';
import { sameDims, solve } from '../units.js';
import type { AnswerContext, Answerer } from './context.js';
import { moneyFigures, valuesOf } from './sourced-units.js';
import { money } from './units.js';

/** Whether the question refers to accelerator time this answerer works: the intent row's condition. */
export function runTimeAsked(q: Question): boolean {
  return (
    q.cues.has('run-hours') ||
    q.cues.has('gpu-time-asked') ||
    q.cues.has('rental-rate') ||
    (q.cues.has('run-power') && q.quantities.some((x) => sameDims(x.dims, { usd: 1, kwh: -1 })))
  );
}

/** "$1.50 per A100-hour", "90 cents per V100 hour", "$3.22/TPU-hr": money per chip-hour, which the unit words
 * read as money alone or per chip. */
const PER_CHIP_HOUR =
  /^\$?\s?[\d.,]+\s*(?:k\b|cents?\b)?\s*(?:per|\/|an?|each)\s*(?:[a-z0-9]+[- ]?)?(?:hours?|hrs?|h)\b/;

/** The user's rate per GPU-hour ("$2/hr", "$1.50 per GPU-hour", "$1.20 per A100 hour"), if one is given. */
function userRate(numbers: Quantity[], plain: string): Quantity | undefined {
  const hourly = numbers.find(
    (x) => x.dims.usd === 1 && x.dims.hour === -1 && (x.dims.gpu ?? -1) === -1 && !x.dims.token && !x.dims.user,
  );
  if (hourly) return hourly;
  const perChip = numbers.find(
    (x) =>
      x.dims.usd === 1 &&
      (x.dims.gpu ?? -1) === -1 &&
      Object.keys(x.dims).length <= 2 &&
      PER_CHIP_HOUR.test(plain.slice(x.at, x.at + x.raw.length + 30)),
  );
  if (!perChip) return undefined;
  const raw = PER_CHIP_HOUR.exec(plain.slice(perChip.at, perChip.at + perChip.raw.length + 30))![0];
  return { ...perChip, dims: { usd: 1, gpu: -1, hour: -1 }, raw, per: 'hour' };
}

/** The thing whose figure is worked: the named lead, unless the lead is where the articles' rental rates come from
 * ("H100 rental prices" named by "H100-months"), then the next thing named. */
function subjectOf(q: Question, ctx: AnswerContext): Entity | undefined {
  const named = q.candidates
    .filter((m) => m.ids.length === 1 && m.ids[0] !== RATE_HOLDER && (m.via === 'alias' || m.via === 'fuzzy'))
    .map((m) => ctx.index.entity(m.ids[0]!))
    .filter((e): e is Entity => e !== undefined);
  // A model named beside a source ("per Epoch's chip count for Llama 3.1 405B") is the subject.
  const lead = q.lead && q.lead.id !== RATE_HOLDER ? q.lead : undefined;
  return named.find((e) => e.kind === 'models') ?? lead ?? named[0];
}

/** The model the question is about, with its data-set figures: the named subject, else a model the data sets name. A
 * data-set model typed in full ("GLM-130B", "OPT-175B") is the subject over an article model matched by a part of it
 * (GLM-5 by "glm", GPT-3 by "175b"). */
function modelOf(q: Question, ctx: AnswerContext): Entity | undefined {
  const subject = subjectOf(q, ctx);
  const typed = typedDataModel(q, ctx, subject);
  if (typed) return typed;
  if (subject?.kind === 'models') return ctx.names?.entity(subject.id) ?? subject;
  // A model only the data sets know ("Falcon 180B"), beside a source named ("per Epoch").
  for (const m of dataNames(q, ctx)) {
    const e = m.ids.length === 1 ? ctx.names?.entity(m.ids[0]!) : undefined;
    if (e?.kind === 'models') return e;
  }
  return undefined;
}

const dataNames = (q: Question, ctx: AnswerContext) => ctx.names?.find(q.plain, true).mentions ?? [];

/** A data-set model whose name (or alias) is typed as written, where the article subject's own name is not. */
function typedDataModel(q: Question, ctx: AnswerContext, subject: Entity | undefined): Entity | undefined {
  if (subject?.kind !== 'models' || !ctx.names) return undefined;
  const own = (e: Entity, text: string) => [e.name, ...e.aliases].some((n) => phraseKey(n) === phraseKey(text));
  const cand = q.candidates.find((m) => m.ids.length === 1 && m.ids[0] === subject.id);
  if (!cand) return undefined;
  const typed = cand.text.toLowerCase();
  const exact = own(subject, cand.text);
  for (const m of dataNames(q, ctx)) {
    const e = m.ids.length === 1 ? ctx.names.entity(m.ids[0]!) : undefined;
    const text = m.text.toLowerCase();
    // The data-set name covers the article match: longer than an exact alias ("meta's opt-175b" over GPT-3's "175b"),
    // or the same words where the article match is no name of its own ("glm-130b" read as GLM-5 by "glm").
    const covers = exact
      ? text.length > typed.length && text.includes(typed)
      : text.includes(typed) || typed.includes(text);
    if (e?.kind === 'models' && e.id !== subject.id && covers) return e;
  }
  return undefined;
}

/** The user's numbers, without those inside a model's name ("grok 2", "llama 3.1 405b"). */
function userNumbers(q: Question, ctx: AnswerContext): Quantity[] {
  const spans = dataNames(q, ctx).map((m) => {
    const at = q.plain.indexOf(m.text.toLowerCase());
    return [at, at + m.text.length] as const;
  });
  return q.quantities.filter((x) => !spans.some(([a, b]) => a >= 0 && x.at >= a && x.at < b));
}

/** The unit of time a GPU-time answer is asked in ("H100-months" → month), hours by default. */
function askedPeriod(plain: string): string {
  const m = /\b(?:gpu|h100|chip|tpu|accelerator)s?[- ]?(hour|day|week|month|year)s?\b/.exec(plain);
  return m?.[1] ?? 'hour';
}

/** The entity holding the articles' H100 rental rates. */
const RATE_HOLDER = 'h100-rental';

const isH100 = (of: string) => /\bh100\b/i.test(of);

export const answerSourcedRun: Answerer = (q, ctx) => {
  if (!runTimeAsked(q)) return undefined;
  const kb = ctx.names?.kb ?? (ctx.index.kb as Knowledge);
  const citer = new Citer(kb);
  const numbers = userNumbers(q, ctx);
  const rate = userRate(numbers, q.plain);
  // Numbers of the user's other than a rate: a count of GPUs or a duration is a rental of the user's own, which
  // the rental answer works; anything else is a calculation this answerer does not guess at.
  const others = numbers.filter((x) => x.at !== rate?.at);
  const energy = runEnergy(q, ctx, citer, numbers);
  if (energy) return energy;
  if (q.cues.has('gpu-time-asked')) return moneyToTime(q, ctx, citer, rate, others);
  // "its training hours on 1024 GPUs at $2/GPU-hour": a count of GPUs of the user's stands for Epoch's chip count.
  const count = others.length === 1 && sameDims(others[0]!.dims, { gpu: 1 }) && rate ? others[0] : undefined;
  // "the same gpu count epoch lists for its run, 57 days, at $2/gpu-hour": the user's time stands for Epoch's hours.
  const span = others.length === 1 && sameDims(others[0]!.dims, { hour: 1 }) && rate ? others[0] : undefined;
  if (others.length && !count && !span) return undefined;
  const named = modelOf(q, ctx);
  if (!named) return undefined;
  const model = ctx.names ? modelWithRun(named, (t) => ctx.names!.extensions(t)) : named;
  // The articles' rental rate alone names a price for a run only when the run is what is priced.
  if (!q.cues.has('run-hours') && !(q.cues.has('rental-rate') && /\b(cost|costs|train\w*|run|bill)\b/.test(q.plain)))
    return undefined;
  // GPU-hours with nothing to price them at are the data sets' answer ("how much did V3 spend on GPU hours"); GPU-hours
  // asked of a sum at a rate ("how many GPU-hours would GPT-4's training have been at $2 an hour") divide the sum.
  if (!rate && !q.cues.has('rental-rate')) return undefined;
  if (q.target?.dims.gpu === 1 && q.target.dims.hour === 1 && !q.target.dims.usd) return undefined;
  return runPriced(q, kb, citer, model, rate, count, span);
};

/** A model's final run in GPU-hours, priced at the user's rate or the articles' H100 rates when one is named; the
 * user's count of GPUs, when given, runs for Epoch's hours in place of Epoch's chip count. */
function runPriced(
  q: Question,
  kb: Knowledge,
  citer: Citer,
  model: Entity,
  rate: Quantity | undefined,
  count?: Quantity,
  span?: Quantity,
): Reply {
  const sourced = runInputs(model, citer);
  // Epoch's chip count alone is needed when the user gives the time: a run without hours is still priced.
  const held = span && 'missing' in sourced ? runInputs(model, citer, true) : sourced;
  const run = 'missing' in held ? held : { ...held, chips: count ?? held.chips, hours: span ?? held.hours };
  if ('missing' in run) {
    const have = run.have.map(
      (f) => `• ${f.value!.toLocaleString('en-US')} ${f.of ?? 'hours of training'} [${citer.provenance(f)}]`,
    );
    const declined = dataUnknownReply(model.name, ['GPU-hours'], have);
    const why = `The data sets give no ${run.missing.join(' or ')} for its final training run, so I won't price it.`;
    return { ...declined, lines: [declined.lines[0]!, why, ...declined.lines.slice(1)], sources: citer.sources() };
  }
  const gpuHours = solve([run.chips, run.hours], { dims: { gpu: 1, hour: 1 } });
  if (typeof gpuHours === 'string') return dataUnknownReply(model.name, ['GPU-hours']);
  const hoursShown = `${formatCount(gpuHours.value)} GPU-hours`;
  const rates: Quantity[] = rate ? [rate] : q.cues.has('rental-rate') ? rentalRates(kb, q.plain, citer) : [];
  const lines: string[] = [];
  const notes: string[] = [];
  if (count && !('missing' in sourced) && count.value !== sourced.chips.value)
    notes.push(`Your ${count.raw} stand in for Epoch's ${sourced.chips.raw}.`);
  if (span && !('missing' in held)) notes.push(`Your ${span.raw} stand in for Epoch's training time.`);
  const sourcedRates = rates.filter((r): r is SourcedQuantity => 'figure' in r);
  if (sourcedRates.length && !isH100(run.chipsOf)) {
    notes.push(
      `The articles' rental rates are for H100s and ${model.name}'s run used ${run.chipsOf}, so I won't price its GPU-hours at them.`,
    );
    rates.length = 0;
  }
  const priced = rates.flatMap((r) => {
    const worked = solve([run.chips, run.hours, r], { dims: { usd: 1 } });
    return typeof worked === 'string' ? [] : [{ r, cost: formatMoney(worked.value), value: worked.value }];
  });
  const run1 = `${run.chips.raw} × ${run.hours.raw} = ${hoursShown}`;
  if (priced.length) {
    lines.push(
      `${model.name}'s final run (${hoursShown}) would cost about ${priced.map((p) => `${p.cost} ${'figure' in p.r ? '' : 'at '}${p.r.raw}`).join(', or ')}.`,
      `Computed: ${run1}; ${priced.map((p) => `× ${perHourShown(p.r)} = ${p.cost}`).join('; ')}.`,
    );
    // "…and how does it stack up vs Epoch's cloud estimate?": one priced run set against each cost method named.
    if (priced.length === 1 && againstAsked(q.cues, q.plain))
      lines.push(...againstLines(q.plain, priced[0]!.value, priced[0]!.cost, epochCostsAsked(q.plain, model, citer)));
  } else {
    lines.push(`${model.name}'s final run: about ${hoursShown}.`, `Computed: ${run1}.`);
  }
  return {
    ...calculationReply(lines),
    title: `${model.name} — ${rates.length ? 'run priced at a rate' : 'GPU-hours'}`,
    notes,
    sources: citer.sources(),
  };
}

/** Money (a sourced figure) turned into GPU time at a rate: the user's, or each of the articles' H100 rates. */
function moneyToTime(
  q: Question,
  ctx: AnswerContext,
  citer: Citer,
  rate: Quantity | undefined,
  others: Quantity[],
): Reply | undefined {
  // The user's own money ("how many H100-hours does $5M buy") is the rental answer's; here the money is sourced.
  if (others.some((x) => !(x.dims.usd === 1 && Object.keys(x.dims).length === 1))) return undefined;
  const kb = ctx.names?.kb ?? (ctx.index.kb as Knowledge);
  const subject = subjectOf(q, ctx);
  const model = subject ? undefined : modelOf(q, ctx);
  const moneys: SourcedQuantity[] = [];
  // "…would equal epoch's cloud-price estimate": Epoch's cost by the method named, not the articles' figure.
  const epoch = /\bepoch\b/.test(q.plain) ? modelOf(q, ctx) : undefined;
  if (epoch) moneys.push(...epochCostsAsked(q.plain, epoch, citer));
  if (!moneys.length && subject) {
    // The first metric asked that the subject holds a total for (a model's price per token is no sum to spend).
    const metrics = [...q.metrics, ...(subject.kind === 'models' ? ['training_cost'] : [])];
    const figures =
      metrics
        .map((m) => moneyFigures({ ...q, metrics: [m] }, ctx.index, subject).filter((f) => f.unit === 'money'))
        .find((fs) => fs.length) ?? [];
    // A number the user quotes names one of the figures ("DeepSeek V3's $5.6M").
    const quoted = figures.filter((f) => others.some((x) => near(x.value, f.value)));
    for (const f of (quoted.length ? quoted : figures).slice(0, 3))
      for (const { value, end } of valuesOf(f, q.plain)) {
        const m = moneyQuantity(subject, f, citer, value);
        moneys.push(end ? { ...m, raw: m.raw.replace(/ \(/, ` (${end}, `) } : m);
      }
    if (!moneys.length && subject.kind === 'models')
      moneys.push(...epochCosts(ctx.names?.entity(subject.id) ?? subject, citer));
  } else if (!moneys.length && model) moneys.push(...epochCosts(model, citer));
  const named = epoch ?? subject ?? model;
  if (!named) return undefined;
  if (others.length && !moneys.some((m) => others.some((x) => near(x.value, m.value)))) return undefined;
  if (!moneys.length) return dataUnknownReply(named.name, [q.metrics[0]?.replace(/_/g, ' ') ?? 'cost']);
  const rates: Quantity[] = rate ? [rate] : rentalRates(kb, q.plain, citer);
  const period = askedPeriod(q.plain);
  const unit = `${rate ? 'GPU' : 'H100'}-${period}s`;
  const lines: string[] = [];
  for (const m of distinct(moneys).slice(0, 3)) {
    const got = rates.flatMap((r) => {
      const worked = solve([m, r], { dims: { gpu: 1, hour: 1 } });
      if (typeof worked === 'string') return [];
      const n = worked.value / HOURS[period]!;
      return [{ r, n: n >= 100 ? formatCount(Math.round(n)) : trimNumber(n, 1) }];
    });
    if (!got.length) continue;
    lines.push(
      `${m.raw} buys about ${got.map((g) => `${g.n} ${unit} ${'figure' in g.r ? g.r.raw : `at ${g.r.raw}`}`).join(', or ')}.`,
    );
    lines.push(
      `Computed: ${got.map((g) => `${formatMoney(m.value)} ÷ ${formatMoney(g.r.value * HOURS[period]!)} per ${unit.replace(/s$/, '')} = ${g.n}`).join('; ')}.`,
    );
  }
  if (!lines.length) return undefined;
  return {
    ...calculationReply(lines),
    title: `${named.name} — in GPU time`,
    sources: citer.sources(),
  };
}

/** A rate as it multiplies GPU-hours: the user's as written, a sourced monthly rate over the hours in a month. */
function perHourShown(r: Quantity): string {
  if (!('figure' in r)) return r.raw;
  return `(${formatMoney(r.value * HOURS.month!)} ÷ ${formatCount(HOURS.month!)} h = ${formatMoney(r.value)}/GPU-hour)`;
}

/** One quantity per value: two sources giving the same figure are one calculation, citing both. */
function distinct(moneys: SourcedQuantity[]): SourcedQuantity[] {
  const out: SourcedQuantity[] = [];
  for (const m of moneys) {
    const same = out.findIndex((o) => o.value === m.value);
    if (same < 0) out.push(m);
    else {
      const source = /, ([^,()]+)\)$/.exec(m.raw)?.[1];
      if (source) out[same] = { ...out[same]!, raw: out[same]!.raw.replace(/\)$/, `; ${source})`) };
    }
  }
  return out;
}

const near = (a: number, b: number | undefined) => b !== undefined && Math.abs(a - b) <= Math.abs(b) * 0.02;

/** "Llama 3.1 405B's training power draw × training hours at 7c/kWh": Epoch's power draw of the training cluster over
 * its training time, priced at the user's $/kWh (times a PUE the user gives), and set against Epoch's cost estimate
 * when a second part asks. A model Epoch gives no power draw or time for is declined. */
function runEnergy(q: Question, ctx: AnswerContext, citer: Citer, numbers: Quantity[]): Reply | undefined {
  const price = numbers.find((x) => sameDims(x.dims, { usd: 1, kwh: -1 }));
  // A chip's TDP asked is the chip answer's (chips × TDP), not the cluster's measured draw.
  if (!price || q.cues.has('chip-power') || numbers.some((x) => x.dims.gpu !== undefined)) return undefined;
  const model = modelOf(q, ctx);
  if (!model) return undefined;
  const power = (model.data ?? []).find((f) => f.metric === 'training_power' && f.unit === 'watts' && f.value);
  const time = (model.data ?? []).find((f) => f.metric === 'training_time' && f.unit === 'hours' && f.value);
  if (!power || !time)
    return {
      ...dataUnknownReply(model.name, [power ? 'training time' : 'training power draw']),
      sources: citer.sources(),
    };
  const draw: Quantity = {
    value: power.value! / 1000,
    dims: { kwh: 1, hour: -1 },
    raw: `${formatFigureValue(power)} training power draw [${citer.provenance(power)}]`,
    at: -1,
  };
  const hours: Quantity = {
    value: time.value!,
    dims: { hour: 1 },
    raw: `${time.value!.toLocaleString('en-US')} hours of training [${citer.provenance(time)}]`,
    at: -1,
  };
  const pue = numbers.filter((x) => sameDims(x.dims, { times: 1 }) && /\bpue\b/.test(x.raw.toLowerCase()));
  const worked = solve([draw, hours, price, ...pue], { dims: { usd: 1 } });
  if (typeof worked === 'string') return undefined;
  const kwh = (power.value! / 1000) * time.value! * pue.reduce((p, x) => p * x.value, 1);
  const bill = money(worked.value);
  const lines = [
    `${model.name}'s training electricity: about ${bill}.`,
    `Computed: ${[draw.raw, hours.raw, price.raw, ...pue.map((x) => x.raw)].join(' × ')} = ${bill}.`,
    `Energy used: ${grouped(0).format(kwh)} kWh (${trimNumber(kwh / 1e6, 1)} GWh).`,
  ];
  if (againstAsked(q.cues, q.plain))
    lines.push(...againstLines(q.plain, worked.value, bill, epochCostsAsked(q.plain, model, citer)));
  return {
    ...calculationReply(lines),
    title: `${model.name} — training electricity`,
    sources: citer.sources(),
  };
}
