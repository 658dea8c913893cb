// Reads every knowledge file, validates it with the schema of its kind, and checks cross-references.
// Errors name file › entry › field so whoever edits the data can find the line.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  type AdditionEntry,
  type CueEntry,
  type DescriptorEntry,
  ENTITY_KINDS,
  type Entity,
  type EntityKind,
  FILE_SCHEMAS,
  type Figure,
  type FileKind,
  type MetricEntry,
  SCHEMA_MODULE,
  type SourceEntry,
} from './schema.js';

// The YAML parser is loaded only when a file is not in the validated cache (see `readValidated`).
const requireLazy = createRequire(import.meta.url);
function parseYaml(text: string): unknown {
  return (requireLazy('yaml') as typeof import('yaml')).parse(text);
}

/** The validated knowledge: sources, metrics and every entity by id. */
export interface Knowledge {
  sources: Map<string, SourceEntry>;
  metrics: Map<string, MetricEntry>;
  /** Cue vocabulary by id (cues.yaml); empty when the folder has none. */
  cues: Map<string, CueEntry>;
  /** Words describing models without naming them, by id (descriptors.yaml); empty when the folder has none. */
  descriptors: Map<string, DescriptorEntry>;
  entities: Map<string, Entity>;
  /** How many entries each file kind contributed. */
  counts: Record<FileKind, number>;
  /** Article figures (hand-written); data-set figures are counted apart. */
  figureCount: number;
  dataFigureCount: number;
  /** A hash of every file's text and the schemas, and the validated-file cache it was read through; absent for
   * hand-built knowledge. Lets lookup structures built from this knowledge be cached too (`derived`). */
  cache?: { fingerprint: string; dir: string };
}

/** A load failure that says where: `models.yaml › deepseek-v3 › figures[0].currency: …`. */
export class KnowledgeError extends Error {
  constructor(readonly problems: string[]) {
    super(`knowledge is invalid:\n  ${problems.join('\n  ')}`);
    this.name = 'KnowledgeError';
  }
}

/** Default folder: `knowledge/` at the project root. */
export const DEFAULT_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge/', import.meta.url));

const fileShape = z.object({
  kind: z.enum(Object.keys(FILE_SCHEMAS) as [FileKind, ...FileKind[]]),
  entries: z.array(z.unknown()),
});

function pathOf(path: PropertyKey[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join('');
}

function entryName(raw: unknown, index: number): string {
  const idValue = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof idValue === 'string' ? idValue : `entry #${index + 1}`;
}

/** Parses one file's text; returns its kind and validated entries, or the problems found. */
export function parseKnowledgeFile(
  file: string,
  text: string,
): { kind: FileKind; entries: unknown[]; problems: string[] } {
  const name = basename(file);
  let doc: unknown;
  try {
    // Generated files are JSON: JSON.parse is many times faster than a YAML parser at thousands of entries.
    doc = name.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
  } catch (e) {
    return {
      kind: 'concepts',
      entries: [],
      problems: [`${name}: not valid YAML/JSON: ${(e as Error).message.split('\n')[0]}`],
    };
  }
  const shape = fileShape.safeParse(doc);
  if (!shape.success) {
    const issue = shape.error.issues[0]!;
    return {
      kind: 'concepts',
      entries: [],
      problems: [`${name} › ${pathOf(issue.path) || '(file)'}: ${issue.message}`],
    };
  }
  const schema = FILE_SCHEMAS[shape.data.kind];
  const entries: unknown[] = [];
  const problems: string[] = [];
  shape.data.entries.forEach((raw, i) => {
    const result = schema.safeParse(raw);
    if (result.success) entries.push(result.data);
    else
      for (const issue of result.error.issues)
        problems.push(`${name} › ${entryName(raw, i)} › ${pathOf(issue.path) || '(entry)'}: ${issue.message}`);
  });
  return { kind: shape.data.kind, entries, problems };
}

/** Default cache of validated files: `node_modules/.cache/aiecon-knowledge/` at the project root. */
export const DEFAULT_CACHE_DIR = fileURLToPath(new URL('../../node_modules/.cache/aiecon-knowledge/', import.meta.url));

let schemaFingerprint: string | undefined;
/** A hash of the schema module's own source: a schema change invalidates every cached file. */
function fingerprint(): string {
  schemaFingerprint ??= createHash('sha256')
    .update(readFileSync(fileURLToPath(SCHEMA_MODULE)))
    .digest('hex')
    .slice(0, 16);
  return schemaFingerprint;
}

/**
 * One file's validated entries. Parsing YAML and validating thousands of entries took seconds, so a file that
 * once validated is kept, content-addressed (hash of its text and of the schemas), as the JSON of its validated
 * entries; the next load of the same text reads that JSON instead. A changed or broken file misses the cache
 * and goes through the parser and the schemas, so errors still name file › entry › field; only valid files are
 * cached. Caching is best-effort: an unwritable cache folder only costs speed.
 */
function readValidated(file: string, text: string, cacheDir: string | false): ReturnType<typeof parseKnowledgeFile> {
  if (!cacheDir) return parseKnowledgeFile(file, text);
  const key = createHash('sha256').update(fingerprint()).update('\0').update(text).digest('hex');
  const path = join(cacheDir, `${key}.json`);
  try {
    const cached = JSON.parse(readFileSync(path, 'utf8')) as { kind: FileKind; entries: unknown[] };
    return { kind: cached.kind, entries: cached.entries, problems: [] };
  } catch {
    // Not cached yet (or unreadable): validate below.
  }
  const parsed = parseKnowledgeFile(file, text);
  if (parsed.problems.length) return parsed;
  try {
    mkdirSync(cacheDir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify({ kind: parsed.kind, entries: parsed.entries }));
    renameSync(tmp, path); // atomic: a concurrent reader sees the whole file or none
    pruneCache(cacheDir, /^[0-9a-f]{64}\.json$/, KEEP_VALIDATED);
  } catch {
    // Read-only install: load without the cache.
  }
  // Entities are merged in place by the loader, so the cache never shares objects with a Knowledge.
  return parsed;
}

/** Where the importer writes data-set knowledge, inside the knowledge folder. */
export const GENERATED_SUBDIR = 'generated';

/** The folder's knowledge files: hand-written ones first, then `generated/` (names relative to the folder). */
export function knowledgeFiles(dir: string, withGenerated = true): string[] {
  const list = (d: string) =>
    existsSync(d)
      ? readdirSync(d)
          .filter((f) => /\.(ya?ml|json)$/.test(f))
          .sort()
      : [];
  const generated = withGenerated ? list(join(dir, GENERATED_SUBDIR)).map((f) => `${GENERATED_SUBDIR}/${f}`) : [];
  return [...list(dir), ...generated];
}

/** Loads and validates the folder; throws KnowledgeError listing every problem. */
export function loadKnowledge(
  dir: string = DEFAULT_KNOWLEDGE_DIR,
  options: { generated?: boolean; cacheDir?: string | false } = {},
): Knowledge {
  const cacheDir = options.cacheDir ?? DEFAULT_CACHE_DIR;
  const files = knowledgeFiles(dir, options.generated ?? true);
  const additions: Array<{ file: string; entry: AdditionEntry }> = [];
  const problems: string[] = [];
  const sources = new Map<string, SourceEntry>();
  const metrics = new Map<string, MetricEntry>();
  const cues = new Map<string, CueEntry>();
  const descriptors = new Map<string, DescriptorEntry>();
  const entities = new Map<string, Entity>();
  const counts = Object.fromEntries(Object.keys(FILE_SCHEMAS).map((k) => [k, 0])) as Record<FileKind, number>;
  let figureCount = 0;
  const whole = createHash('sha256');

  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    whole.update(file).update('\0').update(text).update('\0');
    const parsed = readValidated(file, text, cacheDir);
    problems.push(...parsed.problems);
    for (const entry of parsed.entries) {
      counts[parsed.kind]++;
      const e = entry as { id: string };
      if (parsed.kind === 'additions') {
        additions.push({ file, entry: entry as AdditionEntry });
        continue;
      }
      if (parsed.kind === 'descriptors') {
        if (descriptors.has(e.id)) problems.push(`${file} › ${e.id} › id: duplicate id`);
        descriptors.set(e.id, entry as DescriptorEntry);
        continue;
      }
      const seen = sources.has(e.id) || metrics.has(e.id) || cues.has(e.id) || entities.has(e.id);
      if (seen) problems.push(`${file} › ${e.id} › id: duplicate id`);
      if (parsed.kind === 'sources') sources.set(e.id, entry as SourceEntry);
      else if (parsed.kind === 'metrics') metrics.set(e.id, entry as MetricEntry);
      else if (parsed.kind === 'cues') cues.set(e.id, entry as CueEntry);
      else if ((ENTITY_KINDS as readonly string[]).includes(parsed.kind)) {
        const entity = { ...(entry as object), kind: parsed.kind as EntityKind, file } as Entity;
        entities.set(e.id, entity);
        figureCount += entity.figures.length;
      }
    }
  }

  // Data-set figures and names for entities defined elsewhere join those entities.
  for (const { file, entry } of additions) {
    const target = entities.get(entry.id);
    // A hand-written addition to a data-set entity (chip-families.yaml) has nothing to add to when the importer's
    // output is left out (the importer itself loads the hand-written knowledge alone).
    if (!target && options.generated === false && !file.startsWith(GENERATED_SUBDIR)) continue;
    if (!target) {
      problems.push(`${file} › ${entry.id} › id: adds to an unknown entity`);
      continue;
    }
    const { id: _id, aliases, figures, ...fields } = entry;
    const merged = target as Entity & Record<string, unknown>;
    // Kept apart from the hand-written aliases, so the article engine resolves exactly as before.
    merged.dataAliases = [...(target.dataAliases ?? []), ...aliases.filter((a) => !target.aliases.includes(a))];
    merged.figures = [...target.figures, ...figures];
    figureCount += figures.length;
    for (const [k, v] of Object.entries(fields)) if (v !== undefined && merged[k] === undefined) merged[k] = v;
  }

  // Descriptors may point at organisations the importer generates: checked when those are loaded too.
  for (const d of (options.generated ?? true) ? descriptors.values() : [])
    for (const [i, org] of (d.orgs ?? []).entries())
      if (entities.get(org)?.kind !== 'organisations')
        problems.push(`descriptors › ${d.id} › orgs[${i}]: unknown organisation "${org}"`);

  // Data-set figures leave `figures` (see Entity.data).
  let dataFigureCount = 0;
  const isData = (f: Figure) => sources.get(f.source)?.credit !== undefined;
  for (const entity of entities.values()) {
    if (!entity.figures.some(isData)) continue;
    entity.data = entity.figures.filter(isData);
    entity.figures = entity.figures.filter((f) => !isData(f));
    figureCount -= entity.data.length;
    dataFigureCount += entity.data.length;
  }

  // Cross-references: every source, metric and related id must exist.
  for (const m of metrics.values())
    m.near.forEach((n, i) => {
      if (!metrics.has(n)) problems.push(`metrics › ${m.id} › near[${i}]: unknown metric "${n}"`);
    });
  for (const m of metrics.values())
    for (const [kind, ids] of Object.entries(m.by_kind?.near ?? {}))
      ids.forEach((n, i) => {
        if (!metrics.has(n)) problems.push(`metrics › ${m.id} › by_kind.near.${kind}[${i}]: unknown metric "${n}"`);
      });
  for (const entity of entities.values()) {
    const where = `${entity.file} › ${entity.id}`;
    [...entity.figures, ...(entity.data ?? [])].forEach((f, i) => {
      if (!sources.has(f.source)) problems.push(`${where} › figures[${i}].source: unknown source "${f.source}"`);
      if (!metrics.has(f.metric)) problems.push(`${where} › figures[${i}].metric: unknown metric "${f.metric}"`);
    });
    entity.points.forEach((p, i) => {
      if (!sources.has(p.source)) problems.push(`${where} › points[${i}].source: unknown source "${p.source}"`);
    });
    entity.related.forEach((r, i) => {
      if (!entities.has(r)) problems.push(`${where} › related[${i}]: unknown entity "${r}"`);
    });
    if (entity.kind === 'organisations')
      entity.owns?.forEach((o, i) => {
        if (!entities.has(o)) problems.push(`${where} › owns[${i}]: unknown entity "${o}"`);
      });
    if (entity.kind === 'models') {
      if (entity.org && !entities.has(entity.org)) problems.push(`${where} › org: unknown entity "${entity.org}"`);
      if (entity.licence && !entities.has(entity.licence))
        problems.push(`${where} › licence: unknown entity "${entity.licence}"`);
      if (entity.chip && !entities.has(entity.chip)) problems.push(`${where} › chip: unknown entity "${entity.chip}"`);
      if (entity.openness && !sources.has(entity.openness.source))
        problems.push(`${where} › openness.source: unknown source "${entity.openness.source}"`);
      entity.components?.forEach((c, i) => {
        if (!sources.has(c.source)) problems.push(`${where} › components[${i}].source: unknown source "${c.source}"`);
      });
    }
  }

  if (problems.length) throw new KnowledgeError(problems);
  const cache = cacheDir ? { fingerprint: whole.update(fingerprint()).digest('hex'), dir: cacheDir } : undefined;
  return { sources, metrics, cues, descriptors, entities, counts, figureCount, dataFigureCount, cache };
}

/**
 * A structure built from the whole knowledge by the code in `modules` (their URLs), kept in the cache beside the
 * validated files, keyed by the knowledge's fingerprint and the modules' source, so that a change to either
 * builds it afresh. `build` must return plain JSON data. Without a cache (hand-built knowledge) it just builds.
 */
export function derived<T>(kb: Knowledge, name: string, modules: string[], build: () => T): T {
  if (!kb.cache) return build();
  const hash = createHash('sha256').update(kb.cache.fingerprint);
  for (const url of modules) hash.update(readFileSync(fileURLToPath(url)));
  const path = join(kb.cache.dir, `${name}-${hash.digest('hex').slice(0, 32)}.json`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    // Not built yet for this knowledge and code.
  }
  const value = build();
  try {
    mkdirSync(kb.cache.dir, { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(value));
    renameSync(tmp, path);
    pruneCache(kb.cache.dir, new RegExp(`^${name}-[0-9a-f]{32}\\.json$`), KEEP_DERIVED);
  } catch {
    // Read-only install: rebuilt on every load.
  }
  return value;
}

/** Validated files kept in the cache: every version of each file is content-addressed, so edits pile up. A folder
 * of a few dozen files keeps its current versions with room for several branches' worth. */
const KEEP_VALIDATED = 300;
/** Versions of one derived structure kept: the current one and a few recent ones (switching branches back). */
const KEEP_DERIVED = 3;

/** Deletes all but the newest `keep` cache files whose names match; runs only after a write (a cache miss). */
function pruneCache(dir: string, pattern: RegExp, keep: number): void {
  try {
    const files = readdirSync(dir).filter((f) => pattern.test(f));
    if (files.length <= keep) return;
    const dated = files.map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs })).sort((a, b) => b.t - a.t);
    for (const { f } of dated.slice(keep)) rmSync(join(dir, f), { force: true });
  } catch {
    // Another process pruned first, or the folder is read-only: pruning is best-effort.
  }
}
