// Training figures from Epoch (compute, parameters, data, hardware, time, cost per method) and chip specs.
// Each cost method is its own line with its scope and confidence; methods are never added or averaged.
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatFigureValue, formatRatio } from '../format.js';
import { dataFigures } from './figures.js';

/** Metrics a training question can ask for, with the words that ask for each (beyond metrics.yaml keywords). */
export const TRAINING_ASKS: Array<[string, RegExp]> = [
  ['parameters', /\b(param\w*|how big|size of the model|model size)\b/],
  ['training_compute', /\b(compute(?![- ](only|bill|cost|budget|spend))|flops?|floating)\b/],
  ['dataset_size', /\b(training tokens|tokens|data ?set|data size|training data)\b/],
  ['training_time', /\b(hours|days|how long|training time|duration)\b/],
  ['hardware', /\b(hardware|gpus?|chips?|tpus?|cluster|accelerators?|train(ed)? on)\b/],
  ['training_cost', /\b(cost|costs|spend|spent|bill|price tag|expensive|cheap|usd|dollars?)\b/],
  ['hardware_cost', /\b(hardware (acquisition )?cost|acquisition)\b/],
  ['access', /\b(access\w*|label)\b/],
  ['hardware_utilization', /\b(mfu|utili[sz]ation|utili[sz]ed)\b/],
  ['training_power', /\b(power( draw)?|watts?|megawatts?|mw|electricity)\b/],
  [
    'organisation',
    /\b(organi[sz]ation( name)?|developer|lab name|country|countries|nation|which company|who (built|made|developed|trained|released|makes))\b/,
  ],
];

/** Words asking for every one of Epoch's cost methods ("all three cost estimates", "each method"). */
const ALL_METHODS =
  /\b(all (three|3)|every|each|all( the)?|both|three|3) (of (epoch'?s |its |the )?)?(cost )?(methods?|estimates?|figures|costs)\b|\bside by side\b|\bper method\b/;

/** Cost method words: which of Epoch's three columns the question means, in the order asked; all three when it
 * asks for every method. */
export function methodsAsked(q: string): string[] {
  if (ALL_METHODS.test(q)) return ['amortised', 'cloud', 'upfront'];
  const hits: Array<[number, string]> = [];
  const at = (rx: RegExp, method: string) => {
    const m = rx.exec(q);
    if (m) hits.push([m.index, method]);
  };
  at(/\b(cloud|rent(al|ed|ing)?)\b/, 'cloud');
  at(/\b(upfront|up-front|purchase|buy(ing)?|cluster (cost|price)|hardware cost)\b/, 'upfront');
  at(/\b(amorti[sz]ed?|2023 usd|2023 dollars|2023-usd|hardware ?(and|\+|&) ?energy)\b/, 'amortised');
  return hits.sort((a, b) => a[0] - b[0]).map(([, m]) => m);
}

/** The one cost method a question means, when it names exactly one. */
export function methodAsked(q: string): string | undefined {
  const all = methodsAsked(q);
  return all.length === 1 ? all[0] : undefined;
}

const CONFIDENCE_WORDS: Record<string, string> = {
  confident: 'Epoch: confident',
  likely: 'Epoch: likely',
  speculative: 'Epoch: speculative',
};

function shown(f: Figure): string {
  if (f.metric === 'parameters' && f.value) {
    const v = f.value;
    // Four significant digits, as imported: "116.8 billion", not "117".
    return v >= 1e12
      ? `~${Number((v / 1e12).toPrecision(3))} trillion parameters`
      : v >= 1e9
        ? `~${Number((v / 1e9).toPrecision(4))} billion parameters`
        : `~${Number((v / 1e6).toPrecision(4))} million parameters`;
  }
  // A chip count is a count of things: "16,384 H100s", never rounded to "16,380".
  if (f.metric === 'hardware' && f.value !== undefined && Number.isInteger(f.value) && f.value < 1e7)
    return `~${f.value.toLocaleString('en-US')}${f.of ? ` ${f.of}` : ''}`;
  return formatFigureValue(f);
}

/** One figure with its scope, confidence and source: "~$81.4M — final run at cloud prices (Epoch: likely) [estimate · 2023 · epoch-models]". */
export function dataFigureLine(f: Figure, citer: Citer): string {
  const conf = f.confidence ? ` (${CONFIDENCE_WORDS[f.confidence]})` : '';
  return `${shown(f)} — ${f.scope}${conf} [${citer.provenance(f)}]`;
}

/** The training metrics a question asks for, in TRAINING_ASKS order. */
export function trainingAsked(q: string): string[] {
  const asked = TRAINING_ASKS.filter(([, rx]) => rx.test(q)).map(([m]) => m);
  // "hardware cost" is a cost, not a question about which chips.
  if (asked.includes('hardware_cost')) return asked.filter((m) => m !== 'hardware');
  // "hardware utilization", "power draw of the training cluster": neither asks which chips.
  if (asked.includes('hardware_utilization') || asked.includes('training_power'))
    return asked.filter((m) => m !== 'hardware' || /\b(chips?|gpus?|tpus?|how many|which)\b/.test(q));
  return asked;
}

/** Lines for the asked training metrics of a model; `missing` lists what the data sets lack. */
export function trainingLines(
  e: Entity,
  asked: string[],
  q: string,
  citer: Citer,
  entity: (id: string) => Entity | undefined,
): { lines: string[]; missing: string[] } {
  const lines: string[] = [];
  const missing: string[] = [];
  const methods = methodsAsked(q);
  const method = methods.length === 1 ? methods[0] : undefined;
  const all = asked.length ? asked : ['parameters', 'training_compute', 'hardware', 'training_cost'];
  // A cost method named ("the cluster's purchase price", "cloud-price method") asks for that cost: it comes first,
  // and the cluster it mentions is the method's, not a question about the chips.
  const wanted = methods.length
    ? ['training_cost', ...all.filter((m) => m !== 'training_cost' && m !== 'hardware' && m !== 'hardware_cost')]
    : all;
  for (const metric of wanted) {
    if (metric === 'access') {
      if (e.kind === 'models' && e.access) lines.push(`Epoch's accessibility label: ${e.access}.`);
      else missing.push('accessibility label');
      continue;
    }
    if (metric === 'organisation') {
      const org = e.kind === 'models' ? e.org_as_written : undefined;
      const country = e.kind === 'models' ? e.country : undefined;
      if (org) citer.sourceOf('epoch-models');
      if (org) lines.push(`Epoch's organisation for ${e.name}: ${org}${country ? ` (country: ${country})` : ''}.`);
      else missing.push('organisation');
      continue;
    }
    let figs = dataFigures(e, metric, metric === 'training_cost' ? method : undefined);
    // Several methods asked: each in the order asked, each its own line (never summed or averaged).
    if (metric === 'training_cost' && methods.length > 1) {
      figs = methods.flatMap((m) => dataFigures(e, 'training_cost', m));
      const lacking = methods.filter((m) => !dataFigures(e, 'training_cost', m).length);
      if (figs.length) for (const m of lacking) missing.push(`${m} training cost`);
      const ratio = methodRatio(e, methods, q);
      if (ratio) lines.push(ratio);
    }
    if (metric === 'hardware_cost' && method === 'upfront')
      figs = [...dataFigures(e, 'training_cost', 'upfront'), ...figs];
    if (metric === 'hardware' && !figs.length && e.kind === 'models' && e.chip) {
      lines.push(`Trained on ${entity(e.chip)?.name ?? e.chip} (Epoch has no figure for how many).`);
      continue;
    }
    if (!figs.length) {
      missing.push(metric === 'training_cost' && method ? `${method} training cost` : metric.replace(/_/g, ' '));
      continue;
    }
    const label =
      metric === 'training_cost'
        ? 'Training cost (Epoch AI estimates; each method apart)'
        : citer.metricLabel(figs[0]!);
    lines.push(`${label[0]!.toUpperCase()}${label.slice(1)}:`);
    for (const f of figs) lines.push(`• ${dataFigureLine(f, citer)}`);
    if (metric === 'hardware' && e.kind === 'models' && e.chip) {
      const chip = entity(e.chip);
      const price = chip?.data?.find((f) => f.metric === 'release_price');
      if (chip && price) lines.push(`• ${chip.name} list price at release: ${dataFigureLine(price, citer)}`);
    }
  }
  return { lines, missing };
}

/** "How many times the upfront cost is the cloud cost": two methods of one model divided, when asked. */
function methodRatio(e: Entity, methods: string[], q: string): string | undefined {
  if (methods.length !== 2 || !/\b(times|ratio|how much (more|larger|bigger|higher))\b|\d\s?x\b/.test(q))
    return undefined;
  const [a, b] = methods.map((m) => dataFigures(e, 'training_cost', m)[0]);
  if (!a?.value || !b?.value) return undefined;
  const [hi, lo] = a.value >= b.value ? [a, b] : [b, a];
  return `${e.name}: ${hi.method} ÷ ${lo.method} = ${ratioText(hi.value! / lo.value!)} (${formatFigureValue(hi)} ÷ ${formatFigureValue(lo)}; two of Epoch's methods compared, not combined).`;
}

const CHIP_DEFAULT = ['release_price', 'flops_fp16', 'flops_fp8', 'memory', 'memory_bandwidth', 'tdp'];

/** Chip metrics a question asks for, from the data metrics' keywords. */
export function chipLines(chip: Entity, asked: string[], citer: Citer, q = ''): { lines: string[]; missing: string[] } {
  // "price", "cost", "what does it list for" of a chip is its release price.
  const priceAsked =
    /\b(price|prices|priced|cost|costs|list|msrp|sell|sells)\b/.test(q) && !asked.includes('release_price');
  const wanted = priceAsked ? ['release_price', ...asked] : asked.length ? asked : CHIP_DEFAULT;
  const lines: string[] = [];
  const missing: string[] = [];
  for (const metric of wanted) {
    const f = (chip.data ?? []).find((x) => x.metric === metric);
    if (f) lines.push(`• ${citer.metricLabel(f)}: ${dataFigureLine(f, citer)}`);
    else if (asked.length || priceAsked) missing.push(metric.replace(/_/g, ' '));
  }
  return { lines, missing };
}

/** Metrics two models' figures can be divided on, in the order a question asking for none gets. */
const RATIO_METRICS = ['training_compute', 'parameters', 'dataset_size', 'training_time', 'training_power'];

/** "A is ≈1.8× B": the asked metric of two models divided, each figure with its source; one line per metric. */
export function trainingRatioLines(a: Entity, b: Entity, asked: string[], citer: Citer): string[] {
  const metrics = asked.filter((m) => RATIO_METRICS.includes(m));
  const lines: string[] = [];
  for (const metric of metrics.length ? metrics : RATIO_METRICS.slice(0, 1)) {
    const fa = dataFigures(a, metric)[0];
    const fb = dataFigures(b, metric)[0];
    if (!fa?.value || !fb?.value) continue;
    const [hi, lo, fh, fl] = fa.value >= fb.value ? [a, b, fa, fb] : [b, a, fb, fa];
    lines.push(
      `${citer.metricLabel(fh)[0]!.toUpperCase()}${citer.metricLabel(fh).slice(1)}: ${hi.name} ${shown(fh)} ÷ ${lo.name} ${shown(fl)} = ${ratioText(fh.value! / fl.value!)} (${hi.name} is the larger).`,
      `• ${hi.name}: ${dataFigureLine(fh, citer)}`,
      `• ${lo.name}: ${dataFigureLine(fl, citer)}`,
    );
  }
  return lines;
}

/** A ratio of two data-set figures: two decimals under 10× ("≈2.59×"), as the figures carry four digits. */
function ratioText(r: number): string {
  return r < 10 ? `≈${r.toFixed(2)}×` : formatRatio(r);
}
