// Openness answers: the OSAI index's grades (score, what is open, partial, closed, with evidence links) and
// the Model Openness Tool's licence per component, next to what the articles say.
import type { Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { formatPercent } from '../format.js';
import { componentsAsked, componentText, DISTRIBUTION, doubtText } from './mot-components.js';

export { DISTRIBUTION };

/** How the index's field ids read. */
export const FIELD_NAMES: Record<string, string> = {
  datasources_basemodel: 'base-model training data',
  datasources_endmodel: 'fine-tuning data',
  weights_basemodel: 'base-model weights',
  weights_endmodel: 'end-model weights',
  trainingcode: 'training code',
  code: 'code documentation',
  hardware_architecture: 'architecture documentation',
  preprint: 'preprint',
  paper: 'peer-reviewed paper',
  modelcard: 'model card',
  datasheet: 'datasheet',
  licenses: 'licence',
};

/** Field ids a question asks about ("training data", "weights", "licence"), or none for all. */
export function fieldsAsked(q: string): string[] {
  const out: string[] = [];
  if (/\b(training|pre-?training|base[- ]model)? ?data\b/.test(q))
    out.push('datasources_basemodel', 'datasources_endmodel');
  if (/\bweights?\b/.test(q)) out.push('weights_basemodel', 'weights_endmodel');
  // The OSI approves licences: "is it OSI open?" asks about the licence.
  if (/\blicen[cs]e|\bosi\b/.test(q)) out.push('licenses');
  if (/\b(training )?code\b/.test(q)) out.push('trainingcode');
  if (/\b(paper|preprint|peer[- ]review\w*)\b/.test(q)) out.push('paper', 'preprint');
  return out;
}

/** A licence whose name says it allows no commercial use ("CC-BY-NC-4.0", "research-only"). */
export const NON_COMMERCIAL = /(^|[-\s])NC([-\s]|$)|non-?commercial|research[- ]only/i;

/** The line that says a licence allows no commercial use, read from its name. */
export const nonCommercialLine = (licence: string) =>
  `• ${licence} is a non-commercial licence: commercial use is not permitted under it.`;

/** A share of the index's fields asked ("what % of its fields are open", "share of fields graded closed"). */
const SHARE_ASKED = /%|\bpercent(?:age)?\b|\b(?:what|which) share\b|\bshare of\b|\bfraction\b|\bproportion\b/;

/** Lines for a model's openness: index grades, component licences. */
export function opennessLines(
  e: Entity,
  q: string,
  citer: Citer,
  show: { osai: boolean; mot: boolean } = { osai: true, mot: true },
): string[] {
  if (e.kind !== 'models') return [];
  const lines: string[] = [];
  const o = show.osai ? e.openness : undefined;
  if (o) {
    citer.sourceOf(o.source);
    const by = (g: string) => o.grades.filter((x) => x.grade === g).map((x) => FIELD_NAMES[x.field] ?? x.field);
    const asked = fieldsAsked(q);
    // A licence asked ("kimi k2.5 licence?", "can we use it commercially?"): its name and grade lead, then the score.
    const licence = asked.includes('licenses') && o.licence ? o.grades.find((x) => x.field === 'licenses') : undefined;
    if (licence) {
      lines.push(
        `${o.system} licence: ${o.licence} — graded ${licence.grade} by the European Open Source AI Index [${o.source}].`,
      );
      if (NON_COMMERCIAL.test(o.licence!)) lines.push(nonCommercialLine(o.licence!));
      if (licence.note) lines.push(`• ${licence.note}${licence.link ? ` (${licence.link})` : ''}`);
    }
    lines.push(
      `European Open Source AI Index: ${o.system}${o.graded ? ` (graded version: ${o.graded})` : ''} scores ${o.score}/100, open on ${by('open').length} of 12 fields [${o.source}].`,
    );
    // "what share of its fields are graded fully open, %?": the fields at the grade asked over all graded, worked.
    if (SHARE_ASKED.test(q) && o.grades.length) {
      const grade = /\bclosed\b/.test(q) ? 'closed' : /\bpartial(?:ly)?\b/.test(q) ? 'partial' : 'open';
      const n = by(grade).length;
      const pct = formatPercent((n / o.grades.length) * 100);
      lines.unshift(`${o.system}: ${n} of ${o.grades.length} fields graded ${grade} = ${pct} [${o.source}].`);
    }
    // The fields asked about come first: a chat reply shows only its first few lines. The licence, which names what
    // the weights may be used for, comes with every grade ("Apache 2.0", "Llama 4 Community License").
    const shown = asked.includes('licenses') ? asked : [...asked, 'licenses'];
    for (const g of o.grades.filter((x) => shown.includes(x.field) && x !== licence))
      lines.push(
        `• ${FIELD_NAMES[g.field] ?? g.field}${g.field === 'licenses' && o.licence ? ` (${o.licence})` : ''}: ${g.grade}${g.note ? ` — ${g.note}` : ''}${g.link && asked.includes(g.field) ? ` (${g.link})` : ''}`,
      );
    lines.push(`• Open: ${by('open').join(', ') || 'none'}`);
    lines.push(`• Partial: ${by('partial').join(', ') || 'none'}`);
    lines.push(`• Closed: ${by('closed').join(', ') || 'none'}`);
  }
  if (show.mot && e.components?.length) {
    citer.sourceOf('mot');
    // The tool's file disagreeing with itself (a release name of another size): said before its licences when the
    // tool or its file is asked about, after them otherwise.
    const fileNote = e.kind === 'models' && e.components_note ? `Model Openness Tool: ${e.components_note} [mot]` : '';
    const noteFirst = /\b(mot|openness tool|file|files|entry)\b/.test(q);
    if (fileNote && noteFirst) lines.push(fileNote);
    const dist = e.components.find((c) => c.name === DISTRIBUTION);
    // The components asked about ("the final weights", "the architecture code") answer first, each on its own line;
    // with them found, the distribution licence follows and the rest of the list is left out.
    const asked = componentsAsked(q);
    const found = e.components.filter((c) => asked.some((a) => a.name === c.name));
    for (const { name, group } of asked) {
      const c = found.find((x) => x.name === name);
      if (c) lines.push(`Model Openness Tool — ${name.toLowerCase()}: ${componentText(c)} [mot].`);
      else if (!group) lines.push(`Model Openness Tool: no ${name.toLowerCase()} listed for ${e.name} [mot].`);
    }
    if (dist && !found.includes(dist))
      lines.push(
        `Model Openness Tool: distribution licence ${dist.licence}${dist.spdx && dist.spdx !== dist.licence ? ` (${dist.spdx})` : ''}${dist.status === 'restricted' ? ' — restricted terms' : ''} [mot].`,
      );
    if (fileNote && !noteFirst && found.length) lines.push(fileNote);
    if (found.length) return lines;
    const parts = e.components.filter((c) => c !== dist);
    const licensed = parts.filter((c) => c.status !== 'closed');
    // "Proprietary" is a licence the tool records for parts kept in-house: said as such, apart from unlicensed parts.
    const proprietary = parts.filter((c) => c.status === 'closed' && c.spdx === 'LicenseRef-Proprietary');
    const closed = parts.filter((c) => c.status === 'closed' && !proprietary.includes(c)).map((c) => c.name);
    // A release listing only its distribution licence has no component list to head.
    const nc = licensed.find((c) => NON_COMMERCIAL.test(`${c.licence} ${c.spdx ?? ''}`));
    if (nc && /\blicen[cs]e/.test(q) && !lines.some((l) => l.includes('non-commercial licence')))
      lines.push(nonCommercialLine(nc.spdx ?? nc.licence));
    if (licensed.length) lines.push(`Model Openness Tool: licences per released component [mot]:`);
    for (const c of licensed.slice(0, 8))
      lines.push(
        `• ${c.name}: ${c.licence}${c.spdx ? ` (${c.spdx})` : ''}${c.status === 'restricted' ? ' — restricted terms' : ''}${doubtText(c)}`,
      );
    if (proprietary.length) lines.push(`• Proprietary (not released): ${proprietary.map((c) => c.name).join(', ')}`);
    if (closed.length) lines.push(`• Not released or unlicensed: ${closed.join(', ')}`);
    if (fileNote && !noteFirst) lines.push(fileNote);
  }
  return lines;
}

/** Models with an index score, most open first (`least`: least open first). */
export function opennessRanking(models: Entity[], citer: Citer, max = 12, least = false): string[] {
  const score = (e: Entity) => (e.kind === 'models' ? e.openness!.score : 0);
  const scored = models
    .filter((e) => e.kind === 'models' && e.openness)
    .sort((a, b) => (least ? score(a) - score(b) : score(b) - score(a)) || a.name.localeCompare(b.name));
  if (!scored.length) return [];
  citer.sourceOf('osai-index');
  // Two releases graded as one system (the index's row joined to each) are one place in the ranking.
  const seen = new Set<string>();
  return scored
    .filter((e) => e.kind === 'models' && !seen.has(e.openness!.system) && seen.add(e.openness!.system))
    .slice(0, max)
    .map((e, i) =>
      e.kind === 'models' ? `${i + 1}. ${e.openness!.system} — ${e.openness!.score}/100 [osai-index]` : '',
    );
}

/** The index's licence field(s). */
const LICENCE_FIELD = /licen[cs]e/;

/** An organisation asked how open its models are ("does the index grade Mistral's training data as open?"): each
 * system of its that the index grades, with the fields asked (or its score), one line each. Empty when none. */
export function organisationOpenness(org: Entity, models: Entity[], q: string, citer: Citer, max = 5): string[] {
  return groupOpenness(
    org.name,
    models.filter((m) => m.kind === 'models' && m.org === org.id),
    q,
    citer,
    max,
  );
}

/** The index's grade of each system in a group (a maker's, a family's versions), highest first. */
export function groupOpenness(name: string, models: Entity[], q: string, citer: Citer, max = 5, ask = false): string[] {
  const seen = new Set<string>();
  const graded = models
    .filter((m) => m.kind === 'models' && m.openness)
    .filter((m) => m.kind === 'models' && !seen.has(m.openness!.system) && seen.add(m.openness!.system))
    .sort((a, b) => (b.kind === 'models' ? b.openness!.score : 0) - (a.kind === 'models' ? a.openness!.score : 0));
  if (!graded.length) return [];
  citer.sourceOf('osai-index');
  const asked = fieldsAsked(q);
  const lines = [
    `The European Open Source AI Index grades ${graded.length} ${name} ${graded.length === 1 ? 'system' : 'systems'} [osai-index]${ask ? ' — which one do you mean? Each with its grade:' : ':'}`,
  ];
  for (const m of graded.slice(0, max)) {
    if (m.kind !== 'models') continue;
    const o = m.openness!;
    const open = o.grades.filter((g) => g.grade === 'open').length;
    // "under what licence": the licence the index records by name beside its grade ("Modified MIT, graded closed").
    const fields = o.grades
      .filter((g) => asked.includes(g.field))
      .map((g) =>
        LICENCE_FIELD.test(g.field) && o.licence
          ? `${FIELD_NAMES[g.field] ?? g.field} ${o.licence} (graded ${g.grade})`
          : `${FIELD_NAMES[g.field] ?? g.field} ${g.grade}`,
      );
    // A licence asked names the release the index graded when it differs from the system's name: the licence is that
    // release's.
    const release =
      asked.some((f) => LICENCE_FIELD.test(f)) && o.graded && o.graded.toLowerCase() !== o.system.toLowerCase()
        ? ` (graded release ${o.graded})`
        : '';
    lines.push(
      `• ${o.system}${release}: ${fields.length ? `${fields.join(', ')}; ` : ''}${o.score}/100, open on ${open} of 12`,
    );
  }
  if (graded.length > max) lines.push(`…and ${graded.length - max} more.`);
  return lines;
}
