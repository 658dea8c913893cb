// A family the Model Openness Tool lists under several releases, asked for its licence: each release with the licence
// its weights carry, so the asking-back already answers; releases that all carry one licence are answered together.
import type { Component, Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { dataClarifyReply, dataReply, familyLicenceLine } from '../replies.js';
import type { Reply } from '../types.js';
import { type AskedComponent, componentsAsked, componentText } from './mot-components.js';
import { DISTRIBUTION } from './openness-answers.js';

/** The licence the MOT gives a release's weights: its distribution licence, else its final parameters' licence. */
export function weightsLicence(e: Entity): string | undefined {
  const parts: Component[] = e.kind === 'models' ? (e.components ?? []) : [];
  const c =
    parts.find((x) => x.name === DISTRIBUTION && x.status !== 'closed') ??
    parts.find((x) => /^model parameters/i.test(x.name) && x.status !== 'closed');
  return c ? `${c.licence}${c.status === 'restricted' ? ' (restricted terms)' : ''}` : undefined;
}

/** The licence the MOT gives one named component of a release ("training code", "datasets"), or what it says of it. */
function componentLicence(e: Entity, asked: AskedComponent): string | undefined {
  const parts: Component[] = e.kind === 'models' ? (e.components ?? []) : [];
  const c = parts.find((x) => x.name === asked.name);
  return c ? componentText(c) : undefined;
}

/** The releases' licences as one answer (all alike) or as a choice showing each (they differ); undefined when
 * none has a licence recorded for what is asked. A component named ("Pythia's training code") is what each release
 * is shown with, not its weights: a question about the code is not answered with the weights' licence. */
export function memberLicences(typed: string, members: Entity[], citer: Citer, q = ''): Reply | undefined {
  // Only one component named outright counts; "code" alone names a group, and several named are a longer question.
  const named = componentsAsked(q).filter((c) => !c.group);
  const part = named.length === 1 && named[0]!.name !== 'Model parameters (Final)' ? named[0] : undefined;
  const what = part ? part.name.toLowerCase() : 'weights';
  const rows = members.map((e) => ({ e, licence: part ? componentLicence(e, part) : weightsLicence(e) }));
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
          what,
        ),
      ],
      citer.sources(),
    );
  return {
    ...dataClarifyReply(
      typed,
      rows.map((r) => `${r.e.name} — ${what}: ${r.licence ?? 'no licence recorded'} [mot]`),
    ),
    sources: citer.sources(),
  };
}
