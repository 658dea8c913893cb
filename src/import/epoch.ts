// Epoch AI's notable-models and ML-hardware tables → model and chip drafts. Each cost column is its own method
// (amortised, cloud, upfront), never blended; 0.0 placeholders are dropped; dated versions join one model.
import type { Figure } from '../knowledge/schema.js';
import { parseCsv } from './csv.js';
import { type DraftBook, type DraftChip, NAME_RANK } from './draft.js';
import { bareModelName, modelKey, round, slug } from './names.js';
import type { OrgResolver } from './orgs.js';

/** The three cost columns, each with the scope it is shown with. */
export const COST_METHODS = [
  {
    column: 'Training compute cost (2023 USD)',
    method: 'amortised',
    scope: 'final training run: amortised hardware + energy, 2023 USD',
  },
  { column: 'Training compute cost (cloud)', method: 'cloud', scope: 'final training run at cloud rental prices' },
  {
    column: 'Training compute cost (upfront)',
    method: 'upfront',
    scope: 'upfront purchase price of the training cluster',
  },
] as const;

/** Run figures taken as Epoch writes them, in this order, each when the row has a positive value. */
/** Figures a later dated version of a model may give another value of: metric, Epoch's column, digits kept. */
const VERSION_FIGURES: Array<[string, string, number]> = [
  ['training_compute', 'Training compute (FLOP)', 6],
  ['parameters', 'Parameters', 4],
  ['dataset_size', 'Training dataset size (total)', 4],
];

const RUN_FIGURES: Array<{
  column: string;
  metric: string;
  unit: Figure['unit'];
  scope: string;
  digits: number;
  bound: Figure['bound'];
  scale?: number;
  max?: number;
}> = [
  {
    column: 'Training dataset size (total)',
    metric: 'dataset_size',
    unit: 'tokens',
    scope: 'training data (datapoints; tokens for text)',
    digits: 4,
    bound: 'about',
  },
  {
    column: 'Training time (hours)',
    metric: 'training_time',
    unit: 'hours',
    scope: 'final training run',
    digits: 5,
    bound: 'about',
  },
  // A share of peak FLOP/s, shown as a percentage ("47.46%"); above 1 it is junk.
  {
    column: 'Hardware utilization (MFU)',
    metric: 'hardware_utilization',
    unit: 'percent',
    scope: 'model FLOP utilization (MFU) of the final run',
    digits: 4,
    bound: 'exact',
    scale: 100,
    max: 1,
  },
  {
    column: 'Training power draw (W)',
    metric: 'training_power',
    unit: 'watts',
    scope: 'power draw of the training cluster',
    digits: 4,
    bound: 'about',
  },
];

const CONFIDENCE: Record<string, Figure['confidence']> = {
  confident: 'confident',
  likely: 'likely',
  speculative: 'speculative',
};

/** A positive number, or undefined for blanks, 0.0 placeholders and junk. */
export function positive(raw: string | undefined): number | undefined {
  if (!raw?.trim()) return undefined;
  const n = Number(raw.trim());
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Whether a row belongs in the knowledge: 2015 on, with a figure worth asking about. Every domain comes in (a
 * game-playing agent's or an image model's training run is asked about as much as a language model's). */
function wanted(row: Record<string, string>): boolean {
  if ((row['Publication date'] ?? '') < '2015') return false;
  return (
    [...COST_METHODS.map((c) => row[c.column]), row['Training compute (FLOP)'], row.Parameters].some(
      (v) => positive(v) !== undefined,
    ) || Boolean(row['Training hardware']?.trim())
  );
}

/** Reads the hardware table into chips keyed by their lower-cased name. */
export function importEpochHardware(csv: string): Map<string, DraftChip> {
  const chips = new Map<string, DraftChip>();
  const specs: Array<[string, string, Figure['unit'], string]> = [
    ['Release price (USD)', 'release_price', 'money', 'list price at release'],
    ['Tensor-FP16/BF16 performance (FLOP/s)', 'flops_fp16', 'FLOP/s', 'tensor FP16/BF16 peak'],
    ['FP8 performance (FLOP/s)', 'flops_fp8', 'FLOP/s', 'FP8 peak'],
    ['FP4 performance (FLOP/s)', 'flops_fp4', 'FLOP/s', 'FP4 peak'],
    ['FP32 (single precision) performance (FLOP/s)', 'flops_fp32', 'FLOP/s', 'FP32 peak'],
    ['FP64 (double precision) performance (FLOP/s)', 'flops_fp64', 'FLOP/s', 'FP64 peak'],
    ['INT8 performance (OP/s)', 'ops_int8', 'FLOP/s', 'INT8 peak (operations per second)'],
    ['Memory (bytes)', 'memory', 'bytes', 'on-chip memory (HBM/DRAM)'],
    ['Memory bandwidth (byte/s)', 'memory_bandwidth', 'bytes/s', 'memory bandwidth'],
    ['TDP (W)', 'tdp', 'watts', 'thermal design power'],
  ];
  for (const row of parseCsv(csv)) {
    const name = row['Hardware name']?.trim();
    if (!name) continue;
    const released = row['Release date']?.trim() || undefined;
    const period = released?.slice(0, 4) ?? 'release';
    const figures: Figure[] = [];
    for (const [column, metric, unit, scope] of specs) {
      const v = positive(row[column]);
      if (v === undefined) continue;
      figures.push({
        metric,
        value: round(v),
        bound: metric === 'release_price' ? 'about' : 'exact',
        unit,
        ...(unit === 'money' ? { currency: 'USD' as const } : {}),
        period,
        scope,
        basis: 'reported',
        source: 'epoch-hardware',
      });
    }
    const manufacturer = row.Manufacturer?.trim() || undefined;
    chips.set(name.toLowerCase(), {
      id: slug(name),
      name,
      aliases: chipAliases(name, manufacturer),
      manufacturer,
      released,
      type: row.Type?.trim() || undefined,
      figures,
    });
  }
  return chips;
}

/** Shorter names people type for a chip: "NVIDIA H100 SXM5 80GB" → "H100 SXM5", "H100"; "AMD Instinct MI350X" →
 * "MI350X". A short name several chips share ("V100") stays ambiguous on purpose: the answer asks which. */
export function chipAliases(name: string, manufacturer: string | undefined): string[] {
  const out = new Set<string>();
  let s = manufacturer
    ? name.replace(new RegExp(`^${manufacturer.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+`, 'i'), '')
    : name;
  out.add(s);
  s = s
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\b\d+\s?GB\b/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
  out.add(s);
  // Vendor and product-line words people leave out: "AMD Radeon Instinct MI250X" → "MI250X".
  let family = s.replace(/^(NVIDIA|AMD|Intel|Google|Amazon|AWS|Huawei|Microsoft|Meta)\s+/i, '');
  for (let k = 0; k < 3; k++) family = family.replace(/^(Tesla|GeForce|Instinct|Radeon|Cloud|Quadro|Habana)\s+/i, '');
  out.add(family);
  out.add(family.replace(/\s+(SXM\d*|PCIe|NVL|DGXS|OAM|HGX)\b.*$/i, ''));
  // "RTX 6000 Ada Generation" is said "RTX 6000 Ada".
  if (/\s+Generation$/i.test(family)) out.add(family.replace(/\s+Generation$/i, ''));
  out.delete(name);
  return [...out].filter((a) => a.length >= 2);
}

/** Reads the notable-models table into the book; returns how many rows were taken. */
export function importEpochModels(
  csv: string,
  book: DraftBook,
  orgs: OrgResolver,
  chips: Map<string, DraftChip>,
  keyFor: (raw: string) => string,
): number {
  const rows = parseCsv(csv)
    .filter(wanted)
    .sort((a, b) => (a['Publication date'] ?? '').localeCompare(b['Publication date'] ?? ''));
  for (const row of rows) {
    // Epoch names carry trailing newlines and "(Mar 2023)" version labels.
    const raw = row.Model!.trim().replace(/\s+/g, ' ');
    const key = keyFor(raw);
    const d = book.model(key, bareModelName(raw), NAME_RANK.epoch);
    const date = row['Publication date']!.trim();
    const version: { name: string; date: string; differs?: Record<string, number> } = { name: raw, date };
    d.versions.push(version);
    if (!d.released || date < d.released) d.released = date;
    if (raw !== d.name) d.aliases.add(raw);
    // A later dated version whose row gives another value than the one kept ("DeepSeek-R1 (May 2025)": 4.02e24 FLOP
    // against the January row's 3.5e24) keeps that value on the version, so an answer can tell the two apart.
    for (const [metric, column, digits] of VERSION_FIGURES) {
      const v = positive(row[column]);
      const kept = d.figures.find((f) => f.metric === metric && f.method === undefined && f.source === 'epoch-models');
      if (v !== undefined && kept && round(v, digits) !== kept.value)
        version.differs = { ...version.differs, [metric]: round(v, digits) };
    }
    const orgRaw = row.Organization?.split(',')[0]?.trim() ?? '';
    const org = orgs.resolve(orgRaw);
    if (org && !d.org) d.org = org;
    // Epoch's own spelling of the developer ("Z.ai" where the articles say Zhipu) and its country, shown as given.
    d.orgAsWritten ??= uniqueList(row.Organization);
    d.country ??= uniqueList(row['Country (of organization)']);
    const access = row['Model accessibility']?.trim();
    if (access && !d.access) {
      d.access = access;
      d.open = access.startsWith('Open weights') ? 'open-weight' : 'closed';
    }
    d.what.add(domainKind(row.Domain));
    for (const t of `${row.Domain ?? ''},${row.Task ?? ''}`.split(',')) {
      const label = t.trim().toLowerCase();
      if (label && label !== 'other' && label.length <= 80) d.tasks.add(label);
    }
    const confidence = CONFIDENCE[(row.Confidence ?? '').trim().toLowerCase()];
    const period = date.slice(0, 4);
    const base = { period, basis: 'estimate' as const, source: 'epoch-models', ...(confidence ? { confidence } : {}) };
    const has = (metric: string, method?: string) => d.figures.some((f) => f.metric === metric && f.method === method);
    // Earliest version first: a later dated release does not replace the original run's figures.
    for (const c of COST_METHODS) {
      const v = positive(row[c.column]);
      if (v === undefined || has('training_cost', c.method)) continue;
      d.figures.push({
        metric: 'training_cost',
        value: round(v, 3),
        bound: 'about',
        unit: 'money',
        currency: 'USD',
        scope: c.scope,
        method: c.method,
        ...base,
      });
    }
    const acquisition = positive(row['Hardware acquisition cost']);
    if (acquisition && !has('hardware_cost'))
      d.figures.push({
        metric: 'hardware_cost',
        value: round(acquisition, 3),
        bound: 'about',
        unit: 'money',
        currency: 'USD',
        scope: 'acquisition cost of the training hardware',
        ...base,
      });
    const flop = positive(row['Training compute (FLOP)']);
    if (flop && !has('training_compute'))
      d.figures.push({
        metric: 'training_compute',
        value: round(flop, 6), // six digits: shown with three, rounding once (6.86498e24 → 6.86, not 6.87)
        bound: 'about',
        unit: 'FLOP',
        scope: 'total training compute',
        ...base,
      });
    const params = positive(row.Parameters);
    if (params && !has('parameters')) {
      d.params = params;
      d.figures.push({
        metric: 'parameters',
        value: round(params, 4),
        bound: 'about',
        unit: 'count',
        of: 'parameters',
        scope: 'model size',
        ...base,
      });
    }
    for (const c of RUN_FIGURES) {
      const v = positive(row[c.column]);
      if (!v || (c.max !== undefined && v > c.max) || has(c.metric)) continue;
      d.figures.push({
        metric: c.metric,
        value: round(v * (c.scale ?? 1), c.digits),
        bound: c.bound,
        unit: c.unit,
        scope: c.scope,
        ...base,
      });
    }
    const hardware = row['Training hardware']?.split(',')[0]?.trim();
    // A chip count whose chip type Epoch leaves blank (Grok 4's 200,000) is still the run's chip count.
    const count = positive(row['Hardware quantity']);
    if (!hardware && count && !has('hardware'))
      d.figures.push({
        metric: 'hardware',
        value: Math.round(count),
        bound: 'about',
        unit: 'count',
        of: 'chips (type not given)',
        scope: 'training cluster of the final run',
        ...base,
      });
    if (hardware && !d.chip) {
      const chip = chips.get(hardware.toLowerCase());
      if (chip) d.chip = chip.id;
      d.what.add(`trained on ${hardware}`);
      const n = positive(row['Hardware quantity']);
      if (n)
        d.figures.push({
          metric: 'hardware',
          value: Math.round(n), // a count of chips, exact ("16,384 H100s")
          bound: 'about',
          unit: 'count',
          of: `${hardware} chips`,
          scope: 'training cluster of the final run',
          ...base,
        });
    }
  }
  return rows.length;
}

/** Epoch's rows that give a model no figure (so `importEpochModels` leaves them out) still date its releases: for a
 * model another data set carries ("GPT-4o" and its "(Aug 2024)", "(Nov 2024)" updates), each dated row becomes a
 * version, the earliest its release date (Epoch's date replaces another list's), and its accessibility label is
 * Epoch's. Run after every other data set; returns how many rows dated a model. */
export function importEpochDates(csv: string, book: DraftBook, keyFor: (raw: string) => string): number {
  let n = 0;
  const rows = parseCsv(csv)
    .filter((row) => !wanted(row) && (row['Publication date'] ?? '') >= '2015')
    .sort((a, b) => (a['Publication date'] ?? '').localeCompare(b['Publication date'] ?? ''));
  const dated = new Set<string>();
  for (const row of rows) {
    const raw = row.Model!.trim().replace(/\s+/g, ' ');
    const d = book.models.get(keyFor(raw));
    if (!d) continue;
    const date = row['Publication date']!.trim();
    if (d.versions.some((v) => v.name === raw)) continue;
    // The first Epoch row for a model without Epoch's own figures replaces another list's date.
    if (!d.versions.length && !dated.has(d.key)) d.released = undefined;
    dated.add(d.key);
    d.versions.push({ name: raw, date });
    if (!d.released || date < d.released) d.released = date;
    if (raw !== d.name) d.aliases.add(raw);
    const access = row['Model accessibility']?.trim();
    if (access && !d.access) d.access = access;
    n++;
  }
  return n;
}

/** What kind of model a row's first domain makes it: "Language model", "Vision model", "Games model". */
function domainKind(domain: string | undefined): string {
  if (/\bMultimodal\b/.test(domain ?? '')) return 'Multimodal model';
  if (/\bLanguage\b/.test(domain ?? '')) return 'Language model';
  const first = domain?.split(',')[0]?.trim();
  return first && first !== 'Other' ? `${first} model` : 'AI model';
}

/** A multi-valued cell without its repeats: "Industry,Industry" → "Industry"; "Google,DeepMind" kept as both. */
function uniqueList(raw: string | undefined): string | undefined {
  const parts = [
    ...new Set(
      (raw ?? '')
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
    ),
  ];
  return parts.length ? parts.join(', ') : undefined;
}

/** The canonical key of a model name as written in Epoch. */
export function epochKey(raw: string): string {
  return modelKey(raw);
}
