// GPU-hours of a training run from Epoch's chip count and training time, and their cost at a rate: the user's
// $/GPU-hour or $/GPU-month, or the articles' H100 rental rate named ("at the wiki's marketplace rate"). The sourced
// figures enter the same unit solver as the user's own numbers, each keeping its source.
import type { Knowledge } from '../../knowledge/load.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatMoney } from '../format.js';
import { epochEstimateLine } from '../replies.js';
import { againstIn, againstLines, epochCostsAsked, epochCostsNamed } from '../run-against.js';
import { HOURS, parseQuantities, type Quantity } from '../understand/quantities.js';
import { sameDims, solve } from '../units.js';
import { dataFigures } from './figures.js';

/** The question asks for GPU-hours (or chip-hours) of a run. */
export const RUN_HOURS_ASKED = /\b(?:gpu|chip|accelerator|tpu|h100)[- ]?hours?\b/;
/** The run's chip count asked: "Epoch's GPU count", "how many H100s", "chips times …". */
const COUNT_ASKED =
  /\b(?:gpu|chip|accelerator|tpu|h100|hardware) (?:count|quantity|number)\b|\bnumber of (?:gpus|chips|accelerators|tpus|h100s)\b|\bhow many (?:gpus|chips|accelerators|tpus|[a-z]*\d+[a-z]*s)\b|\b(?:chips|gpus|accelerators) (?:times|×|x)\b/;
/** The run's length asked: "training hours", "for how long". */
const TIME_ASKED = /\btraining (?:hours|time|days|duration)\b|\bhow long\b/;
/** The chip count and the training time asked together: chips × hours is the run, whatever else is named. */
export const CHIPS_TIMES_HOURS = new RegExp(`^(?=.*(?:${COUNT_ASKED.source}))(?=.*(?:${TIME_ASKED.source}))`);
/** GPU-hours asked, or chips × hours. */
export const RUN_HOURS_RULE = new RegExp(`${RUN_HOURS_ASKED.source}|${CHIPS_TIMES_HOURS.source}`);

/** "$1,100 per GPU-month", "$2k/GPU/month": a monthly rate per chip the unit parser reads as per chip only. */
const PER_GPU_MONTH =
  /\$\s?(\d[\d,]*(?:\.\d+)?)\s?(k)?\s*(?:\/|per|a)\s*(?:gpu|h100|chip|card|accelerator)[- /]?(?:per[- ])?month\b/;
/** "730 h", "730 hours a month": hours the user counts in a month. */
const MONTH_HOURS = /\b(\d{3})\s?(?:h|hrs?|hours)\b/;
/** The articles' rental rate named by where it is charged. */
const SOURCED_RATE =
  /\b(marketplace|aws|amazon)\b[^.?!]*\b(?:rate|price|pricing)\b|\b(?:rate|price)\b[^.?!]*\b(marketplace|aws|amazon)\b/;

interface Rate {
  /** Dollars per GPU-hour. */
  perHour: number;
  /** How the rate reads in the answer, with its source when sourced. */
  raw: string;
  /** The rate as it multiplies the GPU-hours. */
  factor: string;
}

function sourced(f: Figure, citer: Citer, dims: Quantity['dims'], what: string): Quantity {
  const n = f.value!.toLocaleString('en-US');
  return { value: f.value!, dims, raw: `${n} ${what} [${citer.provenance(f)}]`, at: -1 };
}

/** The rates the question prices GPU-hours at; a note instead when a sourced rate is for chips the run did not use. */
function ratesAsked(q: string, chips: Figure, kb: Knowledge | undefined, citer: Citer): Rate[] | string {
  // A rate per GPU-month is read as hourly too; it is worked below over the hours the user counts in a month.
  // "$1.50/hr" beside a run's GPU-hours is per GPU-hour too.
  const hourly = parseQuantities(q).find(
    (x) =>
      (sameDims(x.dims, { usd: 1, gpu: -1, hour: -1 }) || sameDims(x.dims, { usd: 1, hour: -1 })) && x.per === 'hour',
  );
  if (hourly) return [{ perHour: hourly.value, raw: hourly.raw, factor: hourly.raw }];
  const monthly = PER_GPU_MONTH.exec(q);
  const hours = Number(MONTH_HOURS.exec(q)?.[1] ?? HOURS.month);
  if (monthly) {
    const value = Number(monthly[1]!.replace(/,/g, '')) * (monthly[2] ? 1e3 : 1);
    const h = hours >= 600 && hours <= 744 ? hours : HOURS.month!;
    const perHour = value / h;
    return [
      { perHour, raw: `${formatMoney(value)} per GPU-month ÷ ${h} h`, factor: `${formatMoney(perHour)}/GPU-hour` },
    ];
  }
  const named = SOURCED_RATE.exec(q);
  const rental = named ? kb?.entities.get('h100-rental') : undefined;
  if (!named || !rental) return [];
  const where = (named[1] ?? named[2])!;
  const scope = where === 'marketplace' ? /marketplace/i : /\baws\b/i;
  const rate = rental.figures.find((f) => f.unit === 'money/month' && f.value && scope.test(f.scope));
  if (!rate) return [];
  // The articles' rates are for H100s; another chip's hours are not priced at them.
  if (!/\bh100\b/i.test(chips.of ?? ''))
    return `The articles' rental rates are for H100s, and this run used ${chips.of ?? 'other chips'}, so I won't price it at them.`;
  const h = hours >= 600 && hours <= 744 ? hours : HOURS.month!;
  return [
    {
      perHour: rate.value! / h,
      raw: `${rate.scope}, ${formatMoney(rate.value!)} ÷ ${h} h [${citer.provenance(rate)}]`,
      factor: `${formatMoney(rate.value! / h)}/GPU-hour`,
    },
  ];
}

/** Lines for a model's run in GPU-hours and, at the rate asked, its cost; undefined when Epoch lacks either figure
 * (the training answer then says which). */
export function runHoursLines(e: Entity, q: string, citer: Citer, kb?: Knowledge): string[] | undefined {
  const chips = dataFigures(e, 'hardware').find((f) => f.unit === 'count' && f.value);
  const time = dataFigures(e, 'training_time').find((f) => f.unit === 'hours' && f.value);
  if (!chips || !time) return undefined;
  const inputs = [
    sourced(chips, citer, { gpu: 1 }, chips.of ?? 'chips'),
    sourced(time, citer, { hour: 1 }, 'hours of training'),
  ];
  const hours = solve(inputs, { dims: { gpu: 1, hour: 1 } });
  if (typeof hours === 'string') return undefined;
  const gpuHours = formatCount(hours.value);
  const lines = [
    `${e.name}'s final run: about ${gpuHours} GPU-hours.`,
    `Computed: ${inputs.map((x) => x.raw).join(' × ')} = ${gpuHours} GPU-hours.`,
  ];
  const rates = ratesAsked(q, chips, kb, citer);
  if (typeof rates === 'string') lines.push(rates);
  else
    for (const rate of rates)
      lines.push(
        `At ${rate.raw}: ${gpuHours} GPU-hours × ${rate.factor} = ${formatMoney(hours.value * rate.perHour)}.`,
      );
  // "divide Epoch's cloud-price estimate by the GPU-hours": each cost method asked over the GPU-hours.
  // A rate given prices the hours ("what's that at $1.50/hr"): no rate is implied then.
  const priced = typeof rates !== 'string' && rates.length > 0;
  const costs = kb && !priced && IMPLIED_RATE.test(q) ? epochCostsAsked(q, e, citer) : [];
  // The rate asked comes first, then the GPU-hours it divides by.
  lines.unshift(
    ...costs.map(
      (c) => `Implied: ${c.raw} ÷ ${gpuHours} GPU-hours = ${formatMoney(c.value / hours.value)} per GPU-hour.`,
    ),
  );
  // "gpu count, training hours and cloud cost": a cost method named as one more part (no rate, no comparison) is
  // Epoch's own estimate, given as it stands.
  if (kb && !priced && !costs.length && !againstIn(kb, q) && COST_PART.test(q))
    lines.push(...epochCostsNamed(q, e, citer).map((c) => epochEstimateLine(c.raw)));
  // "…and how does that stack up vs Epoch's cloud estimate?": the priced run against each cost method named.
  if (kb && !costs.length && typeof rates !== 'string' && rates.length === 1 && againstIn(kb, q)) {
    const cost = hours.value * rates[0]!.perHour;
    lines.push(...againstLines(q, cost, formatMoney(cost), epochCostsAsked(q, e, citer)));
  }
  return lines;
}

/** A cost asked beside the run ("…and cloud cost", "what did it cost"). */
const COST_PART = /\b(?:cost|costs|price|bill|spend|estimate)\b/;

/** A rate per GPU-hour asked of a run's cost ("implied $/H100-hour", "divide the cost by the GPU-hours"). */
const PER_GPU_HOUR = /(?:\$\s*|\bper\s+|\/\s*)(?:gpu|h100|chip|tpu|accelerator)?[- ]?(?:hours?|hrs?|h)\b/;
const IMPLIED = /\bimpl(?:y|ies|ied)\b|\bdivid\w*\b|\bworks? out\b|\bbacks? out\b/;
/** A cost written over the GPU-hours: "epoch's cost over its gpu-hours", "the cloud cost ÷ GPU-hours". */
const COST_OVER_HOURS =
  /\bcost\w*\b[^.?!]*?(?:\bover\b|÷|\bdivided by\b|\bper\b)\s+(?:its\s+|the\s+|their\s+)?(?:gpu|chip|h100|accelerator)[- ]?hours?\b/;
const IMPLIED_RATE = {
  test: (q: string) =>
    COST_OVER_HOURS.test(q) ||
    (IMPLIED.test(q) && (PER_GPU_HOUR.test(q) || /\bdivid\w*\b[^.?!]*\bcost\b|\bcost\b[^.?!]*\bdivid\w*\b/.test(q))),
};
