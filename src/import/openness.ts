// Openness: the European Open Source AI Index (12 graded fields per system, with evidence links) and the Model
// Openness Tool (a licence per released component, mapped to SPDX ids).
import { parse as parseYaml } from 'yaml';
import type { Component, Openness } from '../knowledge/schema.js';
import { type DraftBook, NAME_RANK } from './draft.js';
import { bareModelName } from './names.js';
import type { OrgResolver } from './orgs.js';

/** The index's 12 fields in its own order (vendor/data/osai-index/_parameters.yml). */
export const OSAI_FIELDS = [
  'datasources_basemodel',
  'datasources_endmodel',
  'weights_basemodel',
  'weights_endmodel',
  'trainingcode',
  'code',
  'hardware_architecture',
  'preprint',
  'paper',
  'modelcard',
  'datasheet',
  'licenses',
] as const;

const GRADE_POINTS = { open: 1, partial: 0.5, closed: 0 } as const;

function firstUrl(link: unknown): string | undefined {
  const all = Array.isArray(link) ? link : [link];
  const url = all.find((l): l is string => typeof l === 'string' && /^https?:\/\/\S+$/.test(l.trim()));
  return url?.trim();
}

function shorten(text: unknown, max = 240): string | undefined {
  if (typeof text !== 'string' || !text.trim()) return undefined;
  const t = text.trim().replace(/\s+/g, ' ');
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

interface OsaiDoc {
  system?: {
    name?: string;
    endmodelname?: string;
    basemodelname?: string;
    endmodellicense?: unknown;
    type?: string;
    releasedate?: string;
  };
  org?: { name?: string };
  [field: string]: unknown;
}

/** One file's assessment, or undefined when it grades none of the fields. */
export function osaiAssessment(doc: OsaiDoc): Openness | undefined {
  const grades: Openness['grades'] = [];
  for (const field of OSAI_FIELDS) {
    const f = doc[field] as { class?: string; link?: unknown; notes?: unknown } | undefined;
    const grade = f?.class?.trim().toLowerCase();
    if (grade !== 'open' && grade !== 'partial' && grade !== 'closed') continue;
    const link = firstUrl(f?.link);
    const note = shorten(f?.notes);
    grades.push({ field, grade, ...(link ? { link } : {}), ...(note ? { note } : {}) });
  }
  if (!grades.length || !doc.system?.name) return undefined;
  // Fields the index left ungraded count as closed: the score is over all 12, as the index computes it.
  const points = grades.reduce((s, g) => s + GRADE_POINTS[g.grade], 0);
  const base = String(doc.system.basemodelname ?? '').trim();
  const licence = typeof doc.system.endmodellicense === 'string' ? doc.system.endmodellicense.trim() : '';
  return {
    source: 'osai-index',
    system: String(doc.system.name).trim().slice(0, 80),
    ...(doc.system.endmodelname ? { graded: String(doc.system.endmodelname).trim().slice(0, 80) } : {}),
    ...(base && !/^(unknown|n\/a|none)$/i.test(base) ? { base: base.slice(0, 80) } : {}),
    ...(licence && !/^(unknown|n\/a|none)$/i.test(licence) ? { licence: licence.slice(0, 80) } : {}),
    score: Math.round((points / OSAI_FIELDS.length) * 100),
    grades,
  };
}

/** Adds the index's systems: text systems first, so a code system never replaces a text one's grades. */
export function importOsai(
  files: Array<{ name: string; text: string }>,
  book: DraftBook,
  orgs: OrgResolver,
  keyFor: (raw: string, org?: string) => string,
): number {
  const docs = files
    .filter((f) => /\.ya?ml$/.test(f.name) && !f.name.startsWith('_'))
    .map((f) => parseYaml(f.text) as OsaiDoc)
    .filter((d) => d?.system?.name)
    .sort((a, b) => Number(a.system?.type?.trim() !== 'text') - Number(b.system?.type?.trim() !== 'text'));
  let n = 0;
  for (const doc of docs) {
    const assessment = osaiAssessment(doc);
    if (!assessment) continue;
    const org = orgs.resolve(doc.org?.name ?? '');
    const d = book.model(keyFor(assessment.system, org), assessment.system, NAME_RANK.osai);
    if (d.openness) continue;
    d.openness = assessment;
    if (assessment.graded) d.aliases.add(assessment.graded);
    d.org ??= org;
    d.what.add(doc.system?.type?.trim() === 'code' ? 'Code model family' : 'Model family');
    // The graded end model, when a data set knows it by itself, gets the same grades.
    const end = assessment.graded ? book.models.get(keyFor(assessment.graded)) : undefined;
    if (end && !end.openness) end.openness = assessment;
    n++;
  }
  return n;
}

/** A row of knowledge/import/licences.yaml. */
export interface LicenceRule {
  match: string;
  spdx?: string;
  status: Component['status'];
}

/** The SPDX id and status of a licence string as the openness tool writes it. */
export function mapLicence(raw: string, rules: LicenceRule[]): { spdx?: string; status: Component['status'] } {
  const s = raw.trim().toLowerCase();
  // A match starts a word: "mit" must not fire inside "limited" or "permitted".
  const at = (m: string) => m === '' || new RegExp(`(^|[^a-z])${m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(s);
  const rule: LicenceRule = rules.find((r) => at(r.match)) ?? { match: '', status: 'restricted' };
  return { ...(rule.spdx ? { spdx: rule.spdx } : {}), status: rule.status };
}

interface MotDoc {
  release?: {
    name?: string;
    date?: string;
    producer?: string;
    huggingface?: string;
    version?: unknown;
    license?: { distribution?: { name?: unknown } };
    components?: Array<{ name?: string; license?: unknown }>;
  };
}

/** The model a MOT file describes: its Hugging Face repository when the file names one (the release name of
 * `Qwen2.5-72B-Instruct.yml` says 32B while its link and licence are the 72B model's), else the release name. */
export function motIdentity(doc: MotDoc, fileName: string): string {
  const hf = doc.release?.huggingface?.match(/huggingface\.co\/[^/\s]+\/([^/\s?#]+)/)?.[1];
  const base = fileName.replace(/\.ya?ml$/, '');
  // The same name either way: the way written with capitals ("BLOOM", not the repository's "bloom").
  if (hf && bareModelName(hf).toLowerCase() === bareModelName(base).toLowerCase()) return /[A-Z]/.test(hf) ? hf : base;
  return doc.release?.name?.trim() || base;
}

/** A size in a name ("72B", "1.5b"), lower-cased. */
const SIZE = /(?<![\w.])(\d+(?:\.\d+)?)\s?([bmt])\b/i;

/** The file's own words against the model it is filed under: a release named with another size than the model its
 * link and licences are for (`Qwen2.5-72B-Instruct.yml` names "Qwen2.5-32B-Instruct", version 32B). */
export function mislabelled(doc: MotDoc, identity: string, fileName: string): string | undefined {
  const written = doc.release?.name?.trim();
  const size = (t: string) => SIZE.exec(t)?.slice(1, 3).join('').toLowerCase();
  const own = size(identity);
  if (!written || !own || !size(written) || size(written) === own) return undefined;
  return `The tool's file ${fileName} names its release ${written} (${size(written)!.toUpperCase()}), but its link and licences are ${identity}'s, so they are shown as the ${own.toUpperCase()} model's.`.slice(
    0,
    240,
  );
}

/** The size a MOT file gives its release as its version ("104B", "1.5B"), when the name it is filed under does not
 * say another size (a file whose version is another model's, as its release name can be, gives none). */
export function releaseSize(doc: MotDoc, identity: string): number | undefined {
  const v = typeof doc.release?.version === 'string' ? doc.release.version.trim() : '';
  const m = /^(\d+(?:\.\d+)?)\s?([bmt])$/i.exec(v);
  if (!m) return undefined;
  const own = SIZE.exec(identity);
  if (own && `${own[1]}${own[2]}`.toLowerCase() !== `${m[1]}${m[2]}`.toLowerCase()) return undefined;
  const scale = { b: 1e9, m: 1e6, t: 1e12 }[m[2]!.toLowerCase() as 'b' | 'm' | 't'];
  return Math.round(Number(m[1]) * scale);
}

/** A size anywhere in a name, after letters too ("A4.2B", active parameters). */
const ANY_SIZE = /(?<![\d.])(\d+(?:\.\d+)?)\s?([bmt])\b/gi;

/** Sizes written in names ("Qwen2.5-72B" → 72e9, "XVERSE-MoE-A4.2B" → 4.2e9). */
export function sizesIn(names: string[]): number[] {
  return names.flatMap((n) =>
    [...n.matchAll(ANY_SIZE)].map(
      (m) => Number(m[1]) * { b: 1e9, m: 1e6, t: 1e12 }[m[2]!.toLowerCase() as 'b' | 'm' | 't'],
    ),
  );
}

/** Adds the tool's component licences; of duplicate releases (two Llama 3 70B files) the one listing more
 * licensed components wins. */
export function importMot(
  files: Array<{ name: string; text: string }>,
  book: DraftBook,
  orgs: OrgResolver,
  keyFor: (raw: string, org?: string) => string,
  rules: LicenceRule[],
): number {
  const best = new Map<
    string,
    { name: string; components: Component[]; producer?: string; date?: string; note?: string; size?: number }
  >();
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    if (!/\.yml$/.test(f.name)) continue;
    const doc = parseYaml(f.text) as MotDoc;
    if (!doc?.release) continue;
    const name = motIdentity(doc, f.name);
    const components: Component[] = [];
    // The release's own licence, which a component list often leaves out (Llama 3.1 8B lists only its paper).
    const dist =
      typeof doc.release.license?.distribution?.name === 'string' ? doc.release.license.distribution.name.trim() : '';
    if (dist)
      components.push({
        name: 'Distribution licence',
        licence: dist.slice(0, 80),
        ...mapLicence(dist, rules),
        source: 'mot',
      });
    for (const c of doc.release.components ?? []) {
      const lic = typeof c.license === 'string' ? c.license.trim() : '';
      if (!c.name || !lic) continue;
      components.push({
        name: c.name.trim().slice(0, 60),
        licence: lic.slice(0, 80),
        ...mapLicence(lic, rules),
        source: 'mot',
      });
    }
    if (!components.length) continue;
    const key = keyFor(name, doc.release.producer ? orgs.resolve(doc.release.producer) : undefined);
    const prev = best.get(key);
    const licensed = (cs: Component[]) => cs.filter((c) => c.status !== 'closed').length;
    if (!prev || licensed(components) > licensed(prev.components))
      best.set(key, {
        name,
        components,
        producer: doc.release.producer,
        date: doc.release.date,
        note: mislabelled(doc, name, f.name),
        size: releaseSize(doc, name),
      });
  }
  for (const [key, m] of [...best].sort((a, b) => a[0].localeCompare(b[0]))) {
    const d = book.model(key, bareModelName(m.name), NAME_RANK.mot);
    d.components = m.components;
    if (m.note) d.componentsNote = m.note;
    d.org ??= m.producer ? orgs.resolve(m.producer) : undefined;
    d.released ??= m.date;
    d.what.add('Model release');
    // Epoch's estimate first; the tool's release size only where Epoch gives none (Command R+'s 104B).
    if (m.size && !d.figures.some((f) => f.metric === 'parameters')) {
      d.figures.push({
        metric: 'parameters',
        value: m.size,
        bound: 'about',
        unit: 'count',
        of: 'parameters',
        scope: "model size (the release's version label)",
        period: m.date?.slice(0, 4) ?? 'release',
        basis: 'reported',
        source: 'mot',
      });
    }
  }
  return best.size;
}
