// Runs every data-set import over the vendored snapshots and returns the generated knowledge files' text.
// Pure apart from reading files: the same snapshots and hand-written knowledge give byte-identical output.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Knowledge } from '../knowledge/load.js';
import { phraseKey } from '../knowledge/normalize.js';
import type { Figure } from '../knowledge/schema.js';
import { DraftBook, type DraftChip, type DraftModel, dedupeFigures } from './draft.js';
import { importEpochDates, importEpochHardware, importEpochModels } from './epoch.js';
import { markDoubt, openFrom, orgAccess, weightsDoubt } from './mot-weights.js';
import { displayName, modelKey, round, slug } from './names.js';
import { importMot, importOsai, type LicenceRule, sizesIn } from './openness.js';
import { type OrgMapping, OrgResolver } from './orgs.js';
import { genaiProviders, importGenaiPrices, importLiteLLM, priceOwner } from './prices.js';
import { importLiteLLMUnitPrices } from './unit-prices.js';

/** Project root (vendor/ and knowledge/ live there). */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Words of organisation names that tell no maker apart. */
const GENERIC_ORG_WORDS = new Set([
  'the',
  'and',
  'inc',
  'ltd',
  'labs',
  'lab',
  'research',
  'institute',
  'group',
  'technology',
  'university',
  'project',
  'foundation',
  'team',
  'org',
]);

/** What one import produced: file name (under knowledge/generated/) → text, and counts per source. */
export interface ImportResult {
  files: Record<string, string>;
  counts: Record<string, number>;
}

const FIGURE_ORDER = ['metric', 'method', 'provider', 'source', 'period'] as const;
function sortFigures(figures: Figure[]): Figure[] {
  return dedupeFigures(figures).sort((a, b) => {
    for (const k of FIGURE_ORDER) {
      const c = String(a[k] ?? '').localeCompare(String(b[k] ?? ''));
      if (c) return c;
    }
    return (a.value ?? 0) - (b.value ?? 0);
  });
}

/** One entry per line: diffs of regenerated files stay readable, and JSON.parse stays fast. */
function fileText(kind: string, entries: object[]): string {
  return `{"kind":"${kind}","entries":[\n${entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;
}

function readDir(dir: string): Array<{ name: string; text: string }> {
  return readdirSync(dir)
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function describe(d: DraftModel, orgName: string | undefined, chipName: string | undefined): string {
  const kinds = [...d.what];
  const kind =
    kinds.find((w) => / model$/.test(w) && w !== 'AI model') ??
    kinds.find((w) => /family$/.test(w)) ??
    (kinds.some((w) => w.startsWith('priced by')) ? 'Model served through APIs' : 'AI model');
  const providers = new Set(d.figures.filter((f) => f.provider).map((f) => f.provider));
  const parts = [`${kind}${orgName ? ` by ${orgName}` : ''}${d.released ? ` (${d.released.slice(0, 7)})` : ''}`];
  if (chipName) parts.push(`trained on ${chipName}`);
  if (providers.size) parts.push(`priced by ${providers.size} provider${providers.size > 1 ? 's' : ''}`);
  return `${parts.join('; ')}.`.slice(0, 200);
}

/** Imports every vendored data set against the hand-written knowledge (loaded without generated files). */
export function runImport(hand: Knowledge, root: string = ROOT): ImportResult {
  const imp = (f: string) => parseYaml(readFileSync(join(root, 'knowledge', 'import', f), 'utf8'));
  const vendor = (...p: string[]) => join(root, 'vendor', 'data', ...p);
  const orgs = new OrgResolver(imp('organisations.yaml') as OrgMapping[], hand.entities);

  // Model names of the hand-written knowledge and the explicit mappings: a data set's model with the same
  // canonical key joins that entity (GPT-4 from the articles, Epoch and genai-prices is one entity).
  const handKey = new Map<string, string | null>();
  const claim = (key: string, id: string) => handKey.set(key, handKey.has(key) && handKey.get(key) !== id ? null : id);
  // An article's entry for a whole family ("Qwen family") does not take a versioned name's rows
  // ("Qwen2.5 Instruct (72B)" under its alias "qwen2.5"): one member's parameters are not the family's.
  const familyEntry = (e: { name: string }) => /\bfamily$/i.test(e.name);
  for (const e of hand.entities.values())
    if (e.kind === 'models')
      for (const n of [e.name, ...e.aliases]) if (!(familyEntry(e) && /\d/.test(n))) claim(modelKey(n), e.id);
  for (const row of imp('models.yaml') as Array<{ to: string; names: string[] }>)
    for (const n of row.names) handKey.set(modelKey(n), row.to);
  const book = new DraftBook();
  // A name another maker already holds ("K2" of LLM360 against Moonshot's Kimi K2) is a different model: with the
  // maker given, such a name gets a key of its own rather than lending its grades or licences to the other.
  const keyFor = (raw: string, org?: string) => {
    const key = modelKey(raw);
    if (!org) return key;
    const hand = handKey.get(key);
    const owner = book.models.get(key)?.org ?? (hand ? (hands.get(hand)?.org ?? undefined) : undefined);
    return owner && !sameMaker(owner, org) ? `${key} @${org}` : key;
  };
  // Data sets spell one maker differently ("Inflection" / "Inflection AI", "TII" / "TII, LightOn"): makers that
  // share a name word are one maker here.
  const makerWords = (id: string) =>
    new Set(
      phraseKey(`${id} ${hand.entities.get(id)?.name ?? orgs.generated.get(id)?.name ?? ''}`)
        .split(' ')
        .filter((w) => w.length > 2 && !GENERIC_ORG_WORDS.has(w)),
    );
  const sameMaker = (a: string, b: string) => a === b || [...makerWords(a)].some((w) => makerWords(b).has(w));
  const hands = new Map(
    [...hand.entities.values()].flatMap((e) => (e.kind === 'models' ? [[e.id, { org: e.org }] as const] : [])),
  );

  const counts: Record<string, number> = {};
  const chips = importEpochHardware(readFileSync(vendor('epoch', 'ml_hardware.csv'), 'utf8'));
  counts['epoch-hardware'] = chips.size;
  counts['epoch-models'] = importEpochModels(
    readFileSync(vendor('epoch', 'notable_ai_models.csv'), 'utf8'),
    book,
    orgs,
    chips,
    keyFor,
  );
  const genai = hand.sources.get('genai-prices');
  if (!genai?.timestamp)
    throw new Error('sources.yaml › genai-prices › timestamp: the fixed price instant is required');
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(require.resolve('@pydantic/genai-prices').replace(/index\.cjs$/, 'index.js'), 'utf8');
  counts['genai-prices'] = importGenaiPrices(
    genaiProviders(bundle),
    book,
    orgs,
    keyFor,
    new Date(genai.timestamp),
    genai.as_of,
  );
  const litellm = JSON.parse(readFileSync(vendor('litellm', 'model_prices_and_context_window.json'), 'utf8'));
  const litellmAsOf = hand.sources.get('litellm')?.as_of ?? 'Jul 2026';
  const providerNames = imp('providers.yaml') as Record<string, string>;
  counts.litellm = importLiteLLM(litellm, book, orgs, keyFor, providerNames, litellmAsOf);
  counts['litellm-units'] = importLiteLLMUnitPrices(litellm, book, orgs, keyFor, providerNames, litellmAsOf);
  // The price lists' makers count after both lists are read: a vendor in any id beats a reseller's catalogue.
  for (const d of book.models.values()) d.org ??= priceOwner(d);
  counts['osai-index'] = importOsai(readDir(vendor('osai-index')), book, orgs, keyFor);
  counts.mot = importMot(readDir(vendor('mot-models')), book, orgs, keyFor, imp('licences.yaml') as LicenceRule[]);
  counts['epoch-dates'] = importEpochDates(
    readFileSync(vendor('epoch', 'notable_ai_models.csv'), 'utf8'),
    book,
    keyFor,
  );

  // Names the hand-written knowledge already uses, so generated aliases never shadow them.
  const takenNames = new Set<string>();
  for (const e of hand.entities.values()) for (const n of [e.name, ...e.aliases]) takenNames.add(phraseKey(n));
  // Generated organisations keep their ids; a model with the same name gets a longer one.
  const usedIds = new Set([...hand.entities.keys(), ...orgs.generated.keys()]);
  const chipById = new Map([...chips.values()].map((c) => [c.id, c]));
  const orgName = (id: string | undefined) =>
    id ? (hand.entities.get(id)?.name ?? orgs.generated.get(id)?.name) : undefined;

  const byOrg = orgAccess(book.models.values());
  const models: object[] = [];
  const additions: object[] = [];
  const usedOrgs = new Set<string>();
  for (const d of [...book.models.values()].sort((a, b) => a.key.localeCompare(b.key))) {
    const target = handKey.get(d.key) ?? undefined;
    // The Model Openness Tool's release size is for the data sets' own models: a hand-written entity may be a family
    // ("Mistral models") or sized already (GPT-3's 175B), which one release's label does not size.
    if (target && hand.entities.has(target))
      d.figures = d.figures.filter((f) => !(f.metric === 'parameters' && f.source === 'mot'));
    const aliases = [...new Set([d.name, ...d.aliases])]
      .map((a) => a.trim().replace(/\s+/g, ' '))
      .filter((a) => a && a.length <= 80 && !takenNames.has(phraseKey(a)))
      .sort();
    // A name of it with another size ("EXAONE-4.0.1-32B" beside the tool's 300B): the tool's label is one release's
    // of a family, no size of this model.
    const motSize = d.figures.find((f) => f.metric === 'parameters' && f.source === 'mot');
    const size = motSize?.value ?? 0;
    if (motSize && sizesIn([d.name, ...d.aliases]).some((n) => Math.abs(n - size) > 1e-6 * size))
      d.figures = d.figures.filter((f) => f !== motSize);
    const figures = sortFigures(d.figures);
    const versions = d.versions.length > 1 ? d.versions : undefined;
    const doubt = weightsDoubt(d, byOrg, orgName(d.org));
    const extra = {
      ...(d.released ? { released: d.released } : {}),
      ...(versions ? { versions } : {}),
      ...(d.chip ? { chip: d.chip } : {}),
      ...(d.access ? { access: d.access.slice(0, 60) } : {}),
      ...(d.orgAsWritten ? { org_as_written: d.orgAsWritten.slice(0, 120) } : {}),
      ...(d.country ? { country: d.country.slice(0, 120) } : {}),
      ...(d.tasks.size ? { tasks: [...d.tasks].sort() } : {}),
      ...(d.openness ? { openness: d.openness } : {}),
      ...(d.components ? { components: markDoubt(d.components, doubt) } : {}),
      ...(d.componentsNote ? { components_note: d.componentsNote } : {}),
    };
    if (target && hand.entities.has(target)) {
      additions.push({ id: target, aliases, figures, ...extra });
      continue;
    }
    // Two data-set models whose display names collide ("GPT-4" for gpt-4-32k) would share a name: the later one
    // takes a name made from its own key words instead.
    if (takenNames.has(phraseKey(d.name))) {
      const alt = aliases.find((a) => !takenNames.has(phraseKey(a)));
      d.name = alt ? displayName(alt) : d.name;
    }
    let id = slug(d.name) || slug(d.key);
    if (usedIds.has(id)) id = `${id}-${slug(d.key).slice(0, 20)}`;
    for (let k = 2; usedIds.has(id); k++) id = `${slug(d.name)}-${k}`;
    usedIds.add(id);
    for (const a of [d.name, ...aliases]) takenNames.add(phraseKey(a));
    if (d.org) usedOrgs.add(d.org);
    const year = d.released ? Number(d.released.slice(0, 4)) : undefined;
    const open = openFrom(d, doubt);
    models.push({
      id,
      name: d.name.slice(0, 80),
      ...(aliases.filter((a) => a !== d.name).length ? { aliases: aliases.filter((a) => a !== d.name) } : {}),
      description: describe(d, orgName(d.org), d.chip ? chipById.get(d.chip)?.name : undefined),
      ...(d.org ? { org: d.org } : {}),
      ...(year && year >= 2015 && year <= 2030 ? { year } : {}),
      ...(d.params ? { params_b: round(d.params / 1e9, 3) } : {}),
      open,
      ...(figures.length ? { figures } : {}),
      ...extra,
    });
  }
  for (const [id, aliases] of orgs.extraAliases) additions.push({ id, aliases: [...aliases].sort() });
  const orgEntries = [...orgs.generated.values()]
    .filter((o) => usedOrgs.has(o.id))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((o) => ({
      id: o.id,
      name: o.name,
      ...(o.aliases.size ? { aliases: [...o.aliases].filter((a) => !takenNames.has(phraseKey(a))).sort() } : {}),
      description: `Organisation behind models in the imported data sets (${o.name}).`.slice(0, 200),
      type: /universit|institut|college|school|academy|laborator/i.test(o.name) ? 'research' : 'other',
    }));
  const chipEntries = [...chips.values()]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c: DraftChip) => ({
      id: c.id,
      name: c.name,
      ...(c.aliases.filter((a) => !takenNames.has(phraseKey(a))).length
        ? { aliases: c.aliases.filter((a) => !takenNames.has(phraseKey(a))) }
        : {}),
      description: `${c.type ?? 'AI'} accelerator${c.manufacturer ? ` by ${c.manufacturer}` : ''}${c.released ? ` (${c.released.slice(0, 7)})` : ''}.`,
      ...(c.manufacturer ? { manufacturer: c.manufacturer } : {}),
      ...(c.released ? { released: c.released } : {}),
      ...(c.type ? { type: c.type } : {}),
      ...(c.figures.length ? { figures: sortFigures(c.figures) } : {}),
    }));
  additions.sort((a, b) => (a as { id: string }).id.localeCompare((b as { id: string }).id));
  return {
    files: {
      'additions.json': fileText('additions', additions),
      'chips.json': fileText('chips', chipEntries),
      'models.json': fileText('models', models),
      'organisations.json': fileText('organisations', orgEntries),
    },
    counts,
  };
}
