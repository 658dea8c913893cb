// The Model Openness Tool's components asked in plain words ("the final weights", "the architecture code", "its
// dataset"), so the licence asked for leads the answer instead of sitting somewhere in a list of seventeen.
import type { Entity } from '../../knowledge/schema.js';

type Component = NonNullable<Extract<Entity, { kind: 'models' }>['components']>[number];

/** The component name the importer gives a release's distribution licence (MOT's `release.license.distribution`). */
export const DISTRIBUTION = 'Distribution licence';

/** Plain words for each MOT component, most specific first (the first row that matches a phrase wins it). */
const COMPONENT_WORDS: Array<[RegExp, string]> = [
  [/\bintermediate (weights|parameters|checkpoints)\b|\bcheckpoints\b/, 'Model parameters (Intermediate)'],
  [/\b(weights|parameters|params)\b/, 'Model parameters (Final)'],
  [/\barchitecture\b/, 'Model architecture'],
  [/\btraining code\b/, 'Training code'],
  [/\binference code\b/, 'Inference code'],
  [/\bevaluation code\b|\beval code\b/, 'Evaluation code'],
  [/\b(pre-?processing|data processing) code\b/, 'Data preprocessing code'],
  [/\bevaluation data\b|\beval data\b/, 'Evaluation data'],
  [/\bevaluation results\b|\bbenchmark results\b/, 'Evaluation results'],
  [/\b(training )?data ?sets?\b|\btraining data\b/, 'Datasets'],
  [/\bmodel card\b/, 'Model card'],
  [/\bdata ?card\b|\bdatasheet\b/, 'Data card'],
  [/\b(research )?paper\b/, 'Research paper'],
  [/\btechnical report\b|\btech report\b/, 'Technical report'],
  [/\b(libraries|tooling|tools)\b/, 'Supporting libraries and tools'],
  [/\bsample (model )?outputs\b/, 'Sample model outputs'],
  [/\bmetadata\b/, 'Model metadata'],
  [/\bdistribution\b/, DISTRIBUTION],
];

/** Components that hold code: what "the code" asks for when no one kind of code is named. */
const CODE_COMPONENTS = [
  'Model architecture',
  'Training code',
  'Inference code',
  'Evaluation code',
  'Data preprocessing code',
  'Supporting libraries and tools',
];

/** A component asked: by its own words, or as one of a group ("the code") that lists only those a release has. */
export interface AskedComponent {
  name: string;
  group: boolean;
}

/** The MOT components a question names, in the order of the table. */
export function componentsAsked(q: string): AskedComponent[] {
  let rest = q;
  const out: AskedComponent[] = [];
  for (const [rx, name] of COMPONENT_WORDS) {
    const m = rx.exec(rest);
    if (!m) continue;
    out.push({ name, group: false });
    // A phrase counts once: "evaluation data" is not also "data".
    rest = rest.replace(m[0], ' ');
  }
  if (/\bcode\b/.test(rest))
    for (const name of CODE_COMPONENTS) if (!out.some((c) => c.name === name)) out.push({ name, group: true });
  return out;
}

/** One component's licence as a reader wants it: name, licence, SPDX id when it differs, restricted terms. */
export function componentText(c: Component): string {
  const spdx = c.spdx && c.spdx !== c.licence ? ` (${c.spdx})` : '';
  const terms =
    c.status === 'restricted' ? ' — restricted terms' : c.status === 'closed' ? ' — not released or unlicensed' : '';
  return `${c.licence}${spdx}${terms}${doubtText(c)}`;
}

/** A licence claim another source contradicts, said beside it so it is never read as fact. */
export function doubtText(c: Component): string {
  return c.doubt ? ` — doubtful: ${c.doubt}, so this MOT entry is likely wrong` : '';
}
