// Sourced figures a calculation refers to, as quantities the unit solver combines with the user's own: a training
// run's chips and hours (Epoch), the articles' H100 rental rates, a model's training cost per source and per Epoch
// method, and any money figure the articles hold. Each quantity's `raw` names its value, source and scope, so the
// formula shown says where every input came from.
import type { Knowledge } from '../../knowledge/load.js';
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatFigureValue, formatMoney } from '../format.js';
import { HOURS, type Quantity } from './quantities.js';

/** A quantity that came from a source: the figure it was read from travels with it. */
export interface SourcedQuantity extends Quantity {
  figure: Figure;
}

const dataOf = (e: Entity, metric: string) => (e.data ?? []).filter((f) => f.metric === metric && f.value);

/** A run's chips and hours (Epoch), or what of them Epoch lacks. */
export type RunInputs =
  | { chips: SourcedQuantity; hours: SourcedQuantity; chipsOf: string }
  | { missing: string[]; have: Figure[] };

/** The final training run's chip count × training time as two quantities (GPU × hour), each cited. */
export function runInputs(e: Entity, citer: Citer, timeGiven = false): RunInputs {
  const chips = dataOf(e, 'hardware').find((f) => f.unit === 'count');
  const found = dataOf(e, 'training_time').find((f) => f.unit === 'hours');
  // The user's own time stands in for the run's: only the chip count is needed (the hours are replaced).
  const time = found ?? (timeGiven && chips ? chips : undefined);
  if (!chips || !time)
    return {
      missing: [...(chips ? [] : ['chip count']), ...(time || timeGiven ? [] : ['training time'])],
      have: [chips, time].filter((f): f is Figure => f !== undefined),
    };
  const of = chips.of ?? 'chips';
  return {
    chips: {
      value: chips.value!,
      dims: { gpu: 1 },
      raw: `${chips.value!.toLocaleString('en-US')} ${of} [${citer.provenance(chips)}]`,
      at: -1,
      noun: 'GPU',
      figure: chips,
    },
    hours: {
      value: time.value!,
      dims: { hour: 1 },
      raw: `${time.value!.toLocaleString('en-US')} hours of training [${citer.provenance(time)}]`,
      at: -1,
      figure: time,
    },
    chipsOf: of,
  };
}

/** Whether Epoch gives a model's final run: its chip count and its training time. */
const hasRun = (e: Entity) =>
  dataOf(e, 'hardware').some((f) => f.unit === 'count') && dataOf(e, 'training_time').some((f) => f.unit === 'hours');

/** A model Epoch gives no run for ("BLOOM") stands for the one model whose name continues it and has a run
 * ("BLOOM-176B"); with none or several, the model itself (its run is then declined). `extensions`: the data sets'
 * models whose names continue a typed name. */
export function modelWithRun(model: Entity, extensions: (typed: string) => Entity[]): Entity {
  if (hasRun(model)) return model;
  const runs = extensions(model.name).filter((e) => e.id !== model.id && hasRun(e));
  return runs.length === 1 ? runs[0]! : model;
}

/** Which of the articles' rental rates a question names: where it is charged, or every one when none is said. */
const WHERE: Array<{ word: RegExp; scope: RegExp; label: string }> = [
  { word: /\bmarketplace\b/, scope: /marketplace/i, label: 'on a GPU marketplace' },
  { word: /\b(?:aws|amazon)\b/, scope: /\baws\b/i, label: 'on AWS' },
];

/** The articles' H100 rental rates as dollars per GPU-hour (a month is HOURS.month hours). */
export function rentalRates(kb: Knowledge, plain: string, citer: Citer): SourcedQuantity[] {
  const rental = kb.entities.get('h100-rental');
  if (!rental) return [];
  const monthly = rental.figures.filter((f) => f.unit === 'money/month' && f.value);
  const named = WHERE.filter((w) => w.word.test(plain));
  const chosen = named.length ? monthly.filter((f) => named.some((w) => w.scope.test(f.scope))) : monthly;
  return chosen.map((f) => ({
    value: f.value! / HOURS.month!,
    dims: { usd: 1, gpu: -1, hour: -1 },
    raw: `${WHERE.find((w) => w.scope.test(f.scope))?.label ?? f.scope} (${formatMoney(f.value!)} per H100-month, ${citer.sourceOf(f.source)})`,
    at: -1,
    per: 'month',
    noun: 'H100',
    figure: f,
  }));
}

/** Epoch's training cost estimates, one per method (never blended). */
export function epochCosts(e: Entity, citer: Citer): SourcedQuantity[] {
  return dataOf(e, 'training_cost')
    .filter((f) => f.unit === 'money' && f.currency === 'USD')
    .map((f) => ({
      value: f.value!,
      dims: { usd: 1 },
      raw: `${e.name}'s training cost, ${f.scope} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`,
      at: -1,
      figure: f,
    }));
}

/** An article's money figure (a total) as a quantity. */
export function moneyQuantity(e: Entity, f: Figure, citer: Citer, value = f.value!): SourcedQuantity {
  return {
    value,
    dims: { usd: 1 },
    raw: `${e.name}'s ${citer.metricLabel(f)} (${formatFigureValue(f)}, ${citer.sourceOf(f.source)})`,
    at: -1,
    figure: f,
  };
}

/** A chip's spec a calculation may use: its list price (per chip), its TDP (kWh each hour, per chip) or its memory
 * (GB per chip). */
export type ChipSpec = 'release_price' | 'tdp' | 'memory';

const SPEC_LABEL: Record<ChipSpec, string> = { release_price: 'release price', tdp: 'TDP', memory: 'memory' };

/** A chip's Epoch spec as a quantity per chip, named by its code ("H100") so a count of that chip multiplies it. */
export function chipQuantity(chip: Entity, spec: ChipSpec, code: string, citer: Citer): SourcedQuantity | undefined {
  const f = dataOf(chip, spec)[0];
  if (!f?.value) return undefined;
  const shown =
    spec === 'tdp'
      ? `${f.value.toLocaleString('en-US')} W`
      : spec === 'memory'
        ? `${(f.value / 1e9).toLocaleString('en-US')} GB`
        : formatMoney(f.value);
  return {
    value: spec === 'tdp' ? f.value / 1000 : spec === 'memory' ? f.value / 1e9 : f.value,
    dims: spec === 'tdp' ? { kwh: 1, hour: -1, gpu: -1 } : spec === 'memory' ? { gb: 1, gpu: -1 } : { usd: 1, gpu: -1 },
    raw: `${chip.name}'s ${SPEC_LABEL[spec]} (${shown}, ${citer.sourceOf(f.source)})`,
    at: -1,
    noun: code,
    figure: f,
  };
}
