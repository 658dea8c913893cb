// What a Model Openness Tool entry says about a release's weights, checked against Epoch's accessibility labels.
// MOT entries are crowd-filed: some list an open licence for weights that were never published (Claude-1 and
// Claude 2 "under MIT"), so a weights licence that Epoch contradicts is kept but marked doubtful, never shown as fact.
import type { Component } from '../knowledge/schema.js';
import type { DraftModel } from './draft.js';

/** The component names that stand for the weights: the final parameters, else the release's distribution licence. */
const WEIGHTS = /^model parameters \(final\)$/i;
const DISTRIBUTION = 'Distribution licence';
/** Fewest Epoch labels of one organisation before "none of them is open" says something about a new release. */
const MIN_ORG_LABELS = 3;

/** The component that says whether the weights are out, or undefined when the entry says nothing about them. */
export function weightsComponent(components: Component[]): Component | undefined {
  const final = components.find((c) => WEIGHTS.test(c.name));
  const dist = components.find((c) => c.name === DISTRIBUTION);
  return final?.status !== 'closed' ? (final ?? dist) : (dist ?? final);
}

/** Whether a MOT entry shows the weights released: licensed (open or restricted terms), not proprietary. */
export function weightsReleased(components: Component[]): boolean | undefined {
  const w = weightsComponent(components);
  if (!w) return undefined;
  if (w.spdx === 'LicenseRef-Proprietary') return false;
  return w.status === 'closed' ? undefined : true;
}

/** Epoch's accessibility labels per organisation (how many, how many open), with the index's open weights grades
 * counted as open too: Apple's Epoch rows are all closed, but the index grades OpenELM's weights open. */
export function orgAccess(drafts: Iterable<DraftModel>): Map<string, { labels: number; open: number }> {
  const out = new Map<string, { labels: number; open: number }>();
  for (const d of drafts) {
    if (!d.org) continue;
    const n = out.get(d.org) ?? { labels: 0, open: 0 };
    if (d.access) n.labels++;
    if ((d.access && /^open weights/i.test(d.access)) || osaiWeightsOpen(d)) n.open++;
    out.set(d.org, n);
  }
  return out;
}

/** Whether the index grades a system's weights (base or end model) open. */
const osaiWeightsOpen = (d: DraftModel) =>
  Boolean(d.openness?.grades.some((g) => g.field.startsWith('weights_') && g.grade === 'open'));

/** Why a MOT entry's claim of released weights is doubtful, or undefined when nothing contradicts it: Epoch labels
 * the model itself as not open, or labels none of its maker's (several) models open. */
export function weightsDoubt(
  d: DraftModel,
  byOrg: Map<string, { labels: number; open: number }>,
  orgName?: string,
): string | undefined {
  if (!d.components || weightsReleased(d.components) !== true) return undefined;
  if (d.access) return /^open weights/i.test(d.access) ? undefined : `Epoch AI lists ${d.name} as "${d.access}"`;
  const org = d.org ? byOrg.get(d.org) : undefined;
  if (!org || org.labels < MIN_ORG_LABELS || org.open > 0) return undefined;
  return `Epoch AI lists none of ${orgName ?? d.org}'s ${org.labels} models with open weights`;
}

/** The draft's components with the weights' doubt attached (the same array when there is none). */
export function markDoubt(components: Component[], doubt: string | undefined): Component[] {
  const w = doubt ? weightsComponent(components) : undefined;
  return w ? components.map((c) => (c === w ? { ...c, doubt: doubt!.slice(0, 200) } : c)) : components;
}

/** The model's openness as the importer records it: Epoch's label first, then the index's end-model weights grade,
 * then a MOT entry's weights (released, proprietary, or unsaid), a doubted claim counting as unsaid. */
export function openFrom(d: DraftModel, doubt: string | undefined): 'open-weight' | 'closed' | 'unknown' {
  if (d.open) return d.open;
  if (d.openness?.grades.find((g) => g.field === 'weights_endmodel')?.grade === 'open') return 'open-weight';
  const mot = d.components && !doubt ? weightsReleased(d.components) : undefined;
  return mot === true ? 'open-weight' : mot === false ? 'closed' : 'unknown';
}
