// Training figures from Epoch (compute, parameters, data, hardware, time, cost per method) and chip specs.
// Each cost method is its own line with its scope and confidence; methods are never added or averaged.
import type { Entity, Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatFigureValue, formatRatio } from '../format.js';
import { datedVersionsLine } from '../replies.js';
import { dataFigures } from './figures.js';

/** Metrics a training question can ask for, with the words that ask for each (beyond metrics.yaml keywords). */
export const TRAINING_ASKS: Array<[string, RegExp]> = [
  ['parameters', /\b(param\w*|how big|size of the model|model size)\b/],
  ['training_compute', /\b(compute(?![- ](only|bill|cost|budget|spend))|flops?|floating)\b/],
  [
    'dataset_size',
    /\b(training tokens?|tokens|token count|data ?set|data size|training data|training set|corpus|pre-?training data)\b/,
  ],
  ['training_time', /\b(hours|days|how long|training time|duration)\b/],
  // "trained on", "what did they train llama 3 on?": an "on" ending the question asks what the run used.
  [
    'hardware',
    /\b(hardware|hw|gpus?|chips?|tpus?|cluster|accelerators?|train(ed)? on)\b|\btrain(ed)?\b[^,;?]{1,40} on\W*$/,
  ],
  // A bare "$" ("flop + $ estimate", "in $"), not a sum the user gives ("$2/GPU-hour") or a per-million price.
  [
    'training_cost',
    /\b(cost|costs|spend|spent|bill|price tag|expensive|cheap|usd|dollars?|pay|paid|pays)\b|\$(?![\s\d.,/]*[\d/])/,
  ],
  ['hardware_cost', /\b(hardware (acquisition )?cost|acquisition)\b/],
  // "is it released?", "released or not": Epoch's accessibility label; "when was it released" is the date.
  [
    'access',
    /\b(access\w*|label|(is|was|has|been|ever|publicly) (it |they |this |that )?(been )?released|released or|unreleased|availab\w*)\b/,
  ],
  ['hardware_utilization', /\b(mfu|utili[sz]ation|utili[sz]ed)\b/],
  ['training_power', /\b(power( draw)?|watts?|megawatts?|mw|electricity)\b/],
  [
    'organisation',
    /\b(organi[sz]ations?( name)?|orgs?|developers?|makers?|lab name|country|countries|nation|which (\w+ )?(company|companies|labs?)|who (built|made|developed|trained|released|makes|is behind)|(made|developed|built|released) by)\b/,
  ],
  ['released', /\b(when|release date|date|published|publication)\b/],
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
  at(
    /\b(amorti[sz]ed?|2023 usd|2023 dollars|2023-usd|inflation[- ]adjusted|hardware ?(and|\+|&) ?energy)\b/,
    'amortised',
  );
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

/** The figures shown since the data-set answerer last began a question, in the order shown: a calculation asked of
 * them ("Grok 4's upfront cost per chip") works these, and only these. */
export const shownFigures: Figure[] = [];

/** One figure with its scope, confidence and source: "~$81.4M — final run at cloud prices (Epoch: likely) [estimate · 2023 · epoch-models]". */
export function dataFigureLine(f: Figure, citer: Citer): string {
  shownFigures.push(f);
  const conf = f.confidence ? ` (${CONFIDENCE_WORDS[f.confidence]})` : '';
  return `${shown(f)} — ${f.scope}${conf} [${citer.provenance(f)}]`;
}

/** A chip counted: "GPU count", "the H100 count", "how many A100s", "number of accelerators" ("how many training
 * runs" counts something else). A chip code is letters then 2–4 digits (H100, MI300X, v5p is named as a TPU). */
const CHIP_WORD = '(gpus?|chips?|tpus?|accelerators?|cards?|[a-z]{1,3}\\d{2,4}[a-z]?s?)';
const COUNT_WORDS = new RegExp(
  `\\b${CHIP_WORD} (count|quantity)\\b|\\b(how many|number of|count of)( \\w+)? ${CHIP_WORD}\\b`,
);

/** Whether a question counts chips ("how many A100s", "GPU count"). */
export function chipsCounted(q: string): boolean {
  return COUNT_WORDS.test(q);
}

/** What the importer writes for a chip count whose chip type Epoch leaves blank. */
export const UNTYPED_CHIPS = 'chips (type not given)';

/** Method phrases that contain a joining word ("hardware and energy"), kept whole when a question is cut in parts. */
const JOINED_METHOD = /\bhardware ?(and|\+|&) ?energy\b/g;

/** A question's parts ("upfront cost, and the chip count"): each asks its own fields, so a cost method's "cluster"
 * or "hardware" binds only within its own part, never swallowing a chip count asked beside it. */
export function questionParts(q: string): string[] {
  return q
    .replace(JOINED_METHOD, 'hardware-energy')
    .split(/\s*(?:[,;+&?!(]|\)|\band\b|\bplus\b|\balso\b|\bwith\b|\s[-–—]\s|:)\s*/)
    .filter((p) => /\w/.test(p));
}

/** The fields one part of a question asks for, in TRAINING_ASKS order. */
function partAsked(part: string): string[] {
  // "the 340B-param model", "a 7 billion parameter model": a size that describes the model asks for nothing.
  const p = part.replace(SIZE_DESCRIBED, ' ');
  let asked = TRAINING_ASKS.filter(([, rx]) => rx.test(p)).map(([m]) => m);
  // "hardware acquisition cost" asks that one figure; its "cost" is no training cost asked beside it.
  const HARDWARE_COST = TRAINING_ASKS.find(([m]) => m === 'hardware_cost')![1];
  if (
    asked.includes('hardware_cost') &&
    !TRAINING_ASKS.find(([m]) => m === 'training_cost')![1].test(p.replace(HARDWARE_COST, ' '))
  )
    asked = asked.filter((m) => m !== 'training_cost');
  // "how many tokens was it trained on": what the run was trained on is the data counted, not its chips.
  if (asked.includes('dataset_size') && !HARDWARE_NAMED.test(p)) asked = asked.filter((m) => m !== 'hardware');
  const counts = COUNT_WORDS.test(p);
  // "hardware cost" is a cost, not a question about which chips; a cost method's cluster is the method's.
  if (asked.includes('hardware_cost') || (methodsAsked(p).length && !counts))
    asked = asked.filter((m) => m !== 'hardware');
  // "pricing the run at rented cloud GPUs": a cost method named is a training cost asked, whatever word prices it.
  if (methodsAsked(p).length && !counts && !asked.includes('hardware_cost') && !asked.includes('training_cost'))
    asked.push('training_cost');
  // "hardware utilization", "power draw of the training cluster": neither asks which chips.
  if (asked.includes('hardware_utilization') || asked.includes('training_power'))
    asked = asked.filter((m) => m !== 'hardware' || /\b(chips?|gpus?|tpus?|how many|which)\b/.test(p));
  // "the H100 count", "how many A100s": a count with nothing else named counts the chips.
  if (counts && !asked.some((m) => COUNTED.has(m))) asked.push('hardware');
  // "when was it released" asks the date, not the accessibility label.
  if (asked.includes('released')) asked = asked.filter((m) => m !== 'access' || !/\bwhen\b/.test(p));
  // "glm-4.5 size and dataset": a part asking a size and nothing else is the model's size, its parameters.
  if (!asked.length && BARE_SIZE.test(p)) asked.push('parameters');
  // "how much to train SD3", "how much did it take to train X": an amount with no measure named is money.
  if (!asked.length && /\bhow much\b/.test(p) && /\btrain/.test(p)) asked.push('training_cost');
  return asked;
}

/** Words naming training hardware itself, beyond "trained on". */
const HARDWARE_NAMED = /\b(hardware|hw|gpus?|chips?|tpus?|cluster|accelerators?)\b/;

/** A size asked with no other measure named ("size", "how large"): of a model, its parameter count. */
const BARE_SIZE = /\b(size|how large|how big)\b/;

/** A size written before "param(eter)s" as an adjective ("7B-param", "trillion-parameter"). */
/** A version glued to a name ("glm-5 param count") or a count after it ("param count") is no size. */
const SIZE_DESCRIBED =
  /(?<![-\w.])(\d[\d.,]*\s?(b|m|t|k|bn|billion|million|trillion)?|trillion|billion|million)[- ]?param(eter)?s?\b(?=[- ]\w)(?![- ](count|number|total)\b)/g;

/** Fields a count can be of. */
const COUNTED = new Set([
  'parameters',
  'dataset_size',
  'training_time',
  'hardware',
  'training_compute',
  'training_cost',
]);

/** The training metrics a question asks for, part by part, in TRAINING_ASKS order. */
export function trainingAsked(q: string): string[] {
  const parts = questionParts(q);
  const found = new Set((parts.length ? parts : [q]).flatMap(partAsked));
  return TRAINING_ASKS.map(([m]) => m).filter((m) => found.has(m));
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
  const shownEpoch: string[] = [];
  const methods = methodsAsked(q);
  const method = methods.length === 1 ? methods[0] : undefined;
  const all = asked.length ? asked : ['parameters', 'training_compute', 'hardware', 'training_cost'];
  // A cost method named ("the cluster's purchase price", "cloud-price method") asks for that cost: it comes first,
  // and the cluster it mentions is the method's, not a question about the chips.
  // A chip count asked in another part ("upfront cost and the chip count") stays: trainingAsked read it per part.
  const wanted = methods.length
    ? ['training_cost', ...all.filter((m) => m !== 'training_cost' && m !== 'hardware_cost')]
    : all;
  for (const metric of wanted) {
    if (metric === 'access') {
      if (e.kind === 'models' && e.access) {
        citer.sourceOf('epoch-models');
        lines.push(`Epoch's accessibility label: ${e.access} [epoch-models].`);
      } else missing.push('accessibility label');
      continue;
    }
    if (metric === 'released') {
      const when = e.kind === 'models' && epochDated(e) ? e.released : undefined;
      if (when) citer.sourceOf('epoch-models');
      if (when) lines.push(...releaseLines(e, when));
      else missing.push('release date');
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
      citer.sourceOf('epoch-models');
      lines.push(`Trained on ${entity(e.chip)?.name ?? e.chip} (Epoch has no figure for how many).`);
      continue;
    }
    if (!figs.length) {
      missing.push(metric === 'training_cost' && method ? `${method} training cost` : metric.replace(/_/g, ' '));
      continue;
    }
    // "Which GPUs?" of a run Epoch counts but does not name the chips of (Grok 4's 200,000): the type is declined.
    if (metric === 'hardware' && figs.every((f) => f.of === UNTYPED_CHIPS) && !COUNT_WORDS.test(q)) {
      missing.push('chip type');
      continue;
    }
    const label =
      metric === 'training_cost'
        ? 'Training cost (Epoch AI estimates; each method apart)'
        : citer.metricLabel(figs[0]!);
    lines.push(`${label[0]!.toUpperCase()}${label.slice(1)}:`);
    for (const f of figs) lines.push(`• ${dataFigureLine(f, citer)}`);
    if (figs.some((f) => f.source === 'epoch-models')) shownEpoch.push(metric);
    if (metric === 'hardware' && e.kind === 'models' && e.chip) {
      const chip = entity(e.chip);
      const price = chip?.data?.find((f) => f.metric === 'release_price');
      if (chip && price) lines.push(`• ${chip.name} list price at release: ${dataFigureLine(price, citer)}`);
    }
  }
  // Epoch rows for several versions of one model ("DeepSeek-R1", "DeepSeek-R1 (May 2025)") join one entry that keeps
  // the earliest row's figures: where a later version's row gives another value for a figure shown, which version was
  // meant is asked, each with its value, so the earliest's is not taken for both.
  const versions = e.kind === 'models' ? (e.versions ?? []) : [];
  const other = versions.flatMap((v) =>
    shownEpoch
      .filter((m) => v.differs?.[m] !== undefined)
      .map((m) => `${v.name}: ${formatFigureValue({ ...dataFigures(e, m)[0]!, value: v.differs![m]! })}`),
  );
  if (other.length) lines.push(datedVersionsLine(e.name, versions.filter((v) => !v.differs)[0]?.name, other));
  return { lines, missing };
}

/** Whether a model's release date is Epoch's: Epoch dated it (its accessibility label or versions) or holds its
 * figures; another list's date (a catalogue entry's) is not a release date. */
export function epochDated(e: Entity): boolean {
  return (
    e.kind === 'models' &&
    Boolean(e.released) &&
    (Boolean(e.access) || Boolean(e.versions?.length) || (e.data ?? []).some((f) => f.source === 'epoch-models'))
  );
}

/** A model's release date; a model Epoch dates several versions of gets each version's date, the first leading. */
function releaseLines(e: Entity, when: string): string[] {
  const versions = e.kind === 'models' ? (e.versions ?? []) : [];
  if (versions.length < 2) return [`Epoch's publication date for ${e.name}: ${when}.`];
  const dated = [...versions].sort((a, b) => a.date.localeCompare(b.date));
  return [
    `${e.name} first came out ${when}; Epoch dates several versions of it:`,
    ...dated.map((v) => `• ${v.name}: ${v.date}`),
  ];
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

/** Words asking when a chip came out (not its price at release). */
const CHIP_DATE_ASK = /\b(when|release date|released|launch date|launched(?! (at|for))|came out|date)\b/;

/** "specs", "spec sheet", "full specifications": every spec the chip has, not the one metric "specs" is a keyword of. */
const ALL_SPECS = /\b(specs|spec sheet|specifications|full spec)\b/;

/** Words pricing a chip: "price", "what does it list for", "what did it launch at", "what does it go for". */
export const CHIP_PRICE_WORDS =
  /\b(price|prices|priced|cost|costs|list|msrp|sell|sells|retail\w*|charge|charges|charged|expensive|pricey)\b|\blaunch(ed)? (at|for)\b|\b(go|goes|went) for\b|\bset (me|you|us|them|one) back\b/;
/** "how much is a 910C", "how much would an MI300X be": with no spec named, the amount asked of a chip is its price. */
const CHIP_HOW_MUCH = /\bhow much (is|are|was|were|would|will|does|do|did|for)\b/;

const CHIP_DEFAULT = ['release_price', 'flops_fp16', 'flops_fp8', 'memory', 'memory_bandwidth', 'tdp'];

/** Chip metrics a question asks for, from the data metrics' keywords. */
export function chipLines(chip: Entity, asked: string[], citer: Citer, q = ''): { lines: string[]; missing: string[] } {
  // "price", "cost", "what does it list for" of a chip is its release price.
  const priceAsked =
    (CHIP_PRICE_WORDS.test(q) || (!asked.length && CHIP_HOW_MUCH.test(q))) && !asked.includes('release_price');
  // "release date", "when did it come out": the chip's date in Epoch's table, which is no figure of its own.
  const dateAsked = CHIP_DATE_ASK.test(q);
  // "huawei ascend 910c specs": the whole sheet, with anything else asked beside it.
  const specs = ALL_SPECS.test(q);
  const base = priceAsked ? ['release_price', ...asked] : asked.length || dateAsked ? asked : CHIP_DEFAULT;
  const wanted = specs ? [...new Set([...base, ...CHIP_DEFAULT])] : base;
  const lines: string[] = [];
  const missing: string[] = [];
  if (dateAsked && chip.kind === 'chips' && chip.released) {
    citer.sourceOf('epoch-hardware');
    lines.push(`• release date: ${chip.released} [Epoch AI hardware]`);
  } else if (dateAsked) missing.push('release date');
  for (const metric of wanted) {
    const f = (chip.data ?? []).find((x) => x.metric === metric);
    if (f) lines.push(`• ${citer.metricLabel(f)}: ${dataFigureLine(f, citer)}`);
    else if ((asked.length || priceAsked) && (!specs || base.includes(metric))) missing.push(metric.replace(/_/g, ' '));
  }
  return { lines, missing };
}

/** Metrics two models' figures can be divided on, in the order a question asking for none gets. */
const RATIO_METRICS = ['training_compute', 'parameters', 'dataset_size', 'training_time', 'training_power'];

/** "A is ≈1.8× B": the asked metric of two models divided, each figure with its source; one line per metric. */
export function trainingRatioLines(a: Entity, b: Entity, asked: string[], citer: Citer, q = ''): string[] {
  const metrics = asked.filter((m) => RATIO_METRICS.includes(m));
  // A training cost: Epoch's methods are never mixed, so each method both models have is divided on its own.
  const lines = asked.includes('training_cost') ? costRatioLines(a, b, citer, q) : [];
  if (lines.length && !metrics.length) return lines;
  // "A's training cost — cheaper than B?" with no cost Epoch gives both: no other measure stands in for the cost.
  if (asked.includes('training_cost') && !metrics.length) return lines;
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

/** Two models' Epoch training costs divided per method: the method named ("inflation-adjusted", "cloud rental") only,
 * else each method both have, the first leading; a method one of them lacks is said, never filled from another. */
function costRatioLines(a: Entity, b: Entity, citer: Citer, q: string): string[] {
  const named = methodsAsked(q);
  const methods = named.length ? named : ['amortised', 'cloud', 'upfront'];
  const lines: string[] = [];
  for (const method of methods) {
    const fa = dataFigures(a, 'training_cost', method)[0];
    const fb = dataFigures(b, 'training_cost', method)[0];
    if (!fa?.value || !fb?.value) {
      const lacking = [fa?.value ? undefined : a.name, fb?.value ? undefined : b.name].filter(Boolean);
      if (named.length) lines.push(`• Epoch gives no ${method} training cost for ${lacking.join(' or ')}.`);
      continue;
    }
    const [hi, lo, fh, fl] = fa.value >= fb.value ? [a, b, fa, fb] : [b, a, fb, fa];
    const line = `Training cost (${fh.scope}): ${hi.name} ${shown(fh)} ÷ ${lo.name} ${shown(fl)} = ${ratioText(fh.value! / fl.value!)} [${citer.provenance(fh)}]`;
    lines.push(lines.some((l) => !l.startsWith('•')) ? `• ${line}` : `${line}.`);
  }
  // The verdict leads; a method either model lacks follows it.
  return lines.sort((x, y) => Number(x.startsWith('•')) - Number(y.startsWith('•')));
}

/** A ratio of two data-set figures: two decimals under 10× ("≈2.59×"), as the figures carry four digits. */
function ratioText(r: number): string {
  return r < 10 ? `≈${r.toFixed(2)}×` : formatRatio(r);
}
