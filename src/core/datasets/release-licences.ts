// "qwen license?", "stability's licence terms?", "what's the falcon licence": a family or a maker whose releases the
// Model Openness Tool and the Open Source AI Index list under different licences has no one licence; the releases'
// licences, grouped, and which one is meant.
import type { Component, Entity } from '../../knowledge/schema.js';
import { weightsLicence } from './member-licences.js';

/** Most release names shown per licence, and most licences shown (those with most releases first). */
const SHOWN = 3;
const LICENCES_SHOWN = 4;

/** One release's licence as one data set gives it. */
interface ReleaseLicence {
  name: string;
  licence: string;
  source: 'mot' | 'osai-index';
}

/** The tool's word for weights it lists under no licence ("unlicensed", closed): a licence of sorts, which sets such a
 * release apart from its family's licensed ones. */
function closedWeights(e: Entity): string | undefined {
  const parts: Component[] = e.kind === 'models' ? (e.components ?? []) : [];
  const c = parts.find((x) => /^model parameters \(final\)/i.test(x.name) && x.status === 'closed');
  return c ? `no open licence (the tool lists the weights as ${c.licence || 'closed'})` : undefined;
}

/** Each release's licence, from the tool (its weights') and from the index (its graded release's). */
function releaseLicences(releases: Entity[]): ReleaseLicence[] {
  const rows: ReleaseLicence[] = [];
  for (const e of releases) {
    if (e.kind !== 'models') continue;
    const mot = weightsLicence(e) ?? closedWeights(e);
    if (mot) rows.push({ name: e.name, licence: mot, source: 'mot' });
    if (e.openness?.licence && !/^(unclear|unknown|none|n\/?a)$/i.test(e.openness.licence.trim()))
      rows.push({ name: e.openness.graded ?? e.name, licence: e.openness.licence, source: 'osai-index' });
  }
  return rows;
}

/** One licence however a data set spells it: "Apache-2.0" and "Apache 2.0", "MIT License" and "MIT". */
const licenceKey = (licence: string) =>
  licence
    .toLowerCase()
    .replace(/\(restricted terms\)/, '')
    .replace(/\b(licen[cs]e|agreement)\b/g, '')
    .replace(/[^a-z0-9]/g, '');

/** A typed family name as its releases write it ("stable diffusion" → Stable Diffusion, "deepseek" → DeepSeek); a
 * name already capitalised is kept. */
function familyLabel(typed: string, releases: Entity[]): string {
  if (/[A-Z]/.test(typed)) return typed;
  return typed
    .split(/\s+/)
    .map((w) => {
      const rx = new RegExp(`(?:^|[\\s-])(${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'i');
      for (const e of releases) {
        const m = rx.exec(e.name);
        if (m?.[1] && /[A-Z]/.test(m[1])) return m[1];
      }
      return w;
    })
    .join(' ');
}

/** The line, and the data sets it cites ("mot", "osai-index"). */
export interface ReleaseLicenceLine {
  line: string;
  sources: string[];
  /** Whether the line asks which release was meant (the licences differ). */
  asks: boolean;
}

/** One line: the releases grouped by the licence of their weights, asked back when the licences differ; undefined
 * when fewer than two releases have a licence recorded, or they all carry one and `alike` lines are not wanted. */
export function releaseLicenceLine(label: string, releases: Entity[], alike = true): ReleaseLicenceLine | undefined {
  const byLicence = new Map<string, { licence: string; names: string[]; sources: Set<string> }>();
  for (const r of releaseLicences(releases)) {
    const key = licenceKey(r.licence);
    const group = byLicence.get(key) ?? { licence: r.licence, names: [], sources: new Set<string>() };
    if (!group.names.includes(r.name)) group.names.push(r.name);
    group.sources.add(r.source);
    byLicence.set(key, group);
  }
  const groups = [...byLicence.values()];
  const count = new Set(groups.flatMap((g) => g.names)).size;
  if (count < 2) return undefined;
  const sources = [...new Set(groups.flatMap((g) => [...g.sources]))].sort();
  const list = (names: string[]) =>
    names.length > SHOWN ? `${names.slice(0, SHOWN).join(', ')} and ${names.length - SHOWN} more` : names.join(', ');
  // The tool alone keeps one citation at the end; both data sets cite each licence with the one giving it.
  const tag = (g: { sources: Set<string> }) => (sources.length > 1 ? ` [${[...g.sources].sort().join(', ')}]` : '');
  const end = sources.length > 1 ? '.' : ` [${sources[0]}].`;
  if (groups.length === 1) {
    label = familyLabel(label, releases);
    const [g] = groups as [(typeof groups)[number]];
    const by = sources.length > 1 ? 'the Model Openness Tool and the index list' : 'the Model Openness Tool lists';
    return alike
      ? {
          line: `All ${count} ${label} releases ${by} carry ${g.licence}: ${list(g.names)}${end}`,
          sources,
          asks: false,
        }
      : undefined;
  }
  const ranked = [...groups].sort((a, b) => b.names.length - a.names.length);
  const shown = ranked.slice(0, LICENCES_SHOWN).map((g) => `${list(g.names)}: ${g.licence}${tag(g)}`);
  const more = ranked.length - LICENCES_SHOWN;
  const rest = more > 0 ? `; and ${more} more licence${more > 1 ? 's' : ''}` : '';
  return {
    line: `The licence depends on the ${familyLabel(label, releases)} release — which one do you mean? ${shown.join('; ')}${rest}${end}`,
    sources,
    asks: true,
  };
}
