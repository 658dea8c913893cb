// A family the Model Openness Tool lists under several releases, asked for its licence: each release with the licence
// its weights carry, so the asking-back already answers; releases that all carry one licence are answered together.
import type { Component, Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { dataClarifyReply, dataReply, familyLicenceLine } from '../replies.js';
import type { Reply } from '../types.js';
import { DISTRIBUTION } from './openness-answers.js';

/** The licence the MOT gives a release's weights: its distribution licence, else its final parameters' licence. */
export function weightsLicence(e: Entity): string | undefined {
  const parts: Component[] = e.kind === 'models' ? (e.components ?? []) : [];
  const c =
    parts.find((x) => x.name === DISTRIBUTION && x.status !== 'closed') ??
    parts.find((x) => /^model parameters/i.test(x.name) && x.status !== 'closed');
  return c ? `${c.licence}${c.status === 'restricted' ? ' (restricted terms)' : ''}` : undefined;
}

/** The releases' licences as one answer (all alike) or as a choice showing each (they differ); undefined when
 * none has a licence recorded for its weights. */
export function memberLicences(typed: string, members: Entity[], citer: Citer): Reply | undefined {
  const rows = members.map((e) => ({ e, licence: weightsLicence(e) }));
  if (rows.length < 2 || rows.every((r) => !r.licence)) return undefined;
  citer.sourceOf('mot');
  const licences = new Set(rows.map((r) => r.licence));
  if (licences.size === 1 && rows[0]!.licence)
    return dataReply(
      `${typed} — openness`,
      [
        familyLicenceLine(
          rows.map((r) => r.e.name),
          rows[0]!.licence!,
        ),
      ],
      citer.sources(),
    );
  return {
    ...dataClarifyReply(
      typed,
      rows.map((r) => `${r.e.name} — weights: ${r.licence ?? 'no licence recorded'} [mot]`),
    ),
    sources: citer.sources(),
  };
}
