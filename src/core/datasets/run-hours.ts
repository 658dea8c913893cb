// GPU-hours of a training run from Epoch's chip count and training time, and their cost at a rate the user gives
// ("per Epoch's chip count and training hours, how many GPU-hours, and what's that at $2/GPU-hour?"). The two
// sourced figures enter the same unit solver as the user's own numbers, each keeping its source.
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatCount, formatMoney } from '../format.js';
import { parseQuantities, type Quantity } from '../understand/quantities.js';
import { sameDims, solve } from '../units.js';
import { dataFigures } from './figures.js';

/** The question asks for GPU-hours (or chip-hours) of a run. */
export const RUN_HOURS_ASKED = /\b(?:gpu|chip|accelerator|tpu|h100)[- ]?hours?\b/;

function sourced(f: Figure, citer: Citer, dims: Quantity['dims'], what: string): Quantity {
  const n = f.value!.toLocaleString('en-US');
  return { value: f.value!, dims, raw: `${n} ${what} [${citer.provenance(f)}]`, at: -1 };
}

/** Lines for a model's run in GPU-hours and, with the user's $/GPU-hour, its cost; undefined when Epoch lacks either
 * figure (the training answer then says which). */
export function runHoursLines(e: Entity, q: string, citer: Citer): string[] | undefined {
  const chips = dataFigures(e, 'hardware').find((f) => f.unit === 'count' && f.value);
  const time = dataFigures(e, 'training_time').find((f) => f.unit === 'hours' && f.value);
  if (!chips || !time) return undefined;
  const inputs = [
    sourced(chips, citer, { gpu: 1 }, chips.of ?? 'chips'),
    sourced(time, citer, { hour: 1 }, 'hours of training'),
  ];
  const hours = solve(inputs, { dims: { gpu: 1, hour: 1 } });
  if (typeof hours === 'string') return undefined;
  const lines = [
    `${e.name}'s final run: about ${formatCount(hours.value)} GPU-hours.`,
    `Computed: ${inputs.map((x) => x.raw).join(' × ')} = ${formatCount(hours.value)} GPU-hours.`,
  ];
  const rate = parseQuantities(q).find((x) => sameDims(x.dims, { usd: 1, gpu: -1, hour: -1 }));
  const cost = rate ? solve([...inputs, rate], { dims: { usd: 1 } }) : undefined;
  if (rate && cost && typeof cost !== 'string')
    lines.push(`At ${rate.raw}: ${formatCount(hours.value)} GPU-hours × ${rate.raw} = ${formatMoney(cost.value)}.`);
  return lines;
}
