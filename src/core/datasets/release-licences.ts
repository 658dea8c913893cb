// "qwen license?", "stability's licence terms?": a family or a maker whose releases the Model Openness Tool lists
// under different licences has no one licence; the releases' licences, grouped, and which one is meant.
import type { Entity } from '../../knowledge/schema.js';
import { weightsLicence } from './member-licences.js';

/** Most release names shown per licence. */
const SHOWN = 3;

/** One line: the releases grouped by the licence of their weights, asked back when the licences differ; undefined
 * when fewer than two releases have a licence recorded, or they all carry one and `alike` lines are not wanted. */
export function releaseLicenceLine(label: string, releases: Entity[], alike = true): string | undefined {
  const byLicence = new Map<string, string[]>();
  for (const e of releases) {
    const licence = weightsLicence(e);
    if (!licence) continue;
    const names = byLicence.get(licence) ?? [];
    if (!names.includes(e.name)) names.push(e.name);
    byLicence.set(licence, names);
  }
  const count = [...byLicence.values()].reduce((n, names) => n + names.length, 0);
  if (count < 2) return undefined;
  const list = (names: string[]) =>
    names.length > SHOWN ? `${names.slice(0, SHOWN).join(', ')} and ${names.length - SHOWN} more` : names.join(', ');
  if (byLicence.size === 1) {
    const [licence, names] = [...byLicence][0]!;
    return alike
      ? `All ${count} ${label} releases the Model Openness Tool lists carry ${licence}: ${list(names)} [mot].`
      : undefined;
  }
  const groups = [...byLicence].map(([licence, names]) => `${list(names)}: ${licence}`);
  return `The licence depends on the ${label} release — which one do you mean? ${groups.join('; ')} [mot].`;
}
