// How open a model is, in one line from every source that says anything about it (the articles, the OSAI index,
// Epoch's accessibility label, the Model Openness Tool's weights licence), and two or more models set against each
// other on that: the first line a user reads answers "is X open?" or "which is more open?", whatever source has it.
import { phraseKey } from '../../knowledge/normalize.js';
import type { Entity } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import { DISTRIBUTION } from './mot-components.js';

type Model = Extract<Entity, { kind: 'models' }>;

/** Epoch's accessibility labels from most to least open: the higher, the more of the model anyone can use. */
const ACCESS_RANK: Array<[RegExp, number, string]> = [
  [/^open weights \(unrestricted\)/i, 5, 'open weights, unrestricted'],
  [/^open weights \(restricted/i, 4, 'open weights, restricted use'],
  [/^open weights \(non-commercial/i, 3, 'open weights, non-commercial only'],
  [/^open weights/i, 4, 'open weights'],
  [/^api access/i, 1, 'API access only, weights not released'],
  [/^hosted access/i, 1, 'hosted access only, weights not released'],
  [/^unreleased/i, 0, 'not released'],
];

/** What a model's sources say about its openness, each with the rank it implies (0 closed … 5 fully open). */
export interface OpennessView {
  model: string;
  /** The OSAI index's score, when the index grades the model (or its family's representative release). */
  score?: number;
  /** A rank on one scale for sources that give no score: Epoch's label, else the weights' licence. */
  rank?: number;
  /** Short clauses, each naming its source: "OSAI index 96/100", "Epoch: API access only". */
  clauses: string[];
  /** The articles' test: true when they call its licence truly open (MIT, Apache 2.0), false when not. */
  trulyOpen?: boolean;
  /** Sources that disagree on whether the weights are out (Epoch says API only, an MOT entry licenses weights). */
  conflict?: string;
}

/** The weights licence the Model Openness Tool lists for a release: its final parameters', else its distribution
 * licence, else the final parameters listed as unlicensed. */
function motWeights(e: Model) {
  const parts = e.components ?? [];
  const weights = parts.find((c) => /^model parameters \(final\)/i.test(c.name));
  const dist = parts.find((c) => c.name === DISTRIBUTION);
  return weights?.status !== 'closed' ? (weights ?? dist) : (dist ?? weights);
}

/** The articles' word on a model they cover: how they call it and whether its licence passes the author's test. */
export interface ArticleWord {
  open: string;
  licence?: { name: string; trulyOpen: boolean };
}

/** Every source's word on one model's openness; `graded` is the release the index grades for it, if any. */
export function opennessView(e: Model, graded: Entity | undefined, citer: Citer, article?: ArticleWord): OpennessView {
  const view: OpennessView = { model: e.name, clauses: [] };
  if (article?.licence) {
    view.trulyOpen = article.licence.trulyOpen;
    view.clauses.push(
      `the articles: ${article.open} under the ${article.licence.name}, ${article.licence.trulyOpen ? '' : 'not '}truly open by the author's test`,
    );
  }
  const o = graded?.kind === 'models' ? graded.openness : undefined;
  if (o) {
    citer.sourceOf(o.source);
    const open = o.grades.filter((g) => g.grade === 'open').length;
    // A family graded on another release says which ("OSAI index 38/100 (graded on Falcon-H1R-7B)"); only a release
    // of this very model ("Llama 3" graded on Meta-Llama-3-70B-Instruct) stands for it in a ranking.
    const release = o.graded ?? o.system;
    const own = graded === e || ` ${phraseKey(release)} `.includes(` ${phraseKey(e.name)} `);
    if (own) view.score = o.score;
    const other = graded !== e && release ? ` (graded on ${release})` : '';
    view.clauses.push(`OSAI index ${o.score}/100${other}, open on ${open} of ${o.grades.length} fields [${o.source}]`);
  }
  const access = e.access ? ACCESS_RANK.find(([rx]) => rx.test(e.access!)) : undefined;
  if (access) {
    citer.sourceOf('epoch-models');
    view.rank = access[1];
    view.clauses.push(`Epoch: ${access[2]}`);
  }
  const w = motWeights(e);
  if (w) {
    citer.sourceOf('mot');
    const weights = w.status === 'closed' ? 'no licence recorded for the weights' : `weights under ${w.licence}`;
    const doubt = w.doubt ? ` (doubtful: ${w.doubt})` : '';
    view.clauses.push(`MOT: ${weights}${w.status === 'restricted' ? ' (restricted terms)' : ''}${doubt} [mot]`);
    if (w.status !== 'closed' && !w.doubt) view.rank ??= w.status === 'open' ? 5 : 4;
    if (w.status !== 'closed' && ((access && access[1] <= 1) || w.doubt))
      view.conflict = `the sources disagree on ${e.name}: ${w.doubt ?? 'Epoch lists no released weights'}, while an MOT entry licenses them`;
  }
  return view;
}

/** One view as a line: "Claude 2 — Epoch: API access only…; MOT: weights under MIT [mot]". */
export function viewLine(v: OpennessView): string {
  return `${v.model} — ${v.clauses.join('; ')}`;
}

/** The scales two models can be set on, most telling first: each needs every model to have a place on it. */
const SCALES: Array<{ basis: string; key: (v: OpennessView) => number | undefined }> = [
  { basis: 'by the OSAI index score', key: (v) => v.score },
  { basis: "by Epoch's access label and the weights' licence", key: (v) => v.rank },
  { basis: "by the articles' test", key: (v) => (v.trulyOpen === undefined ? undefined : v.trulyOpen ? 1 : 0) },
];

/** Two or more models' views set against each other: the verdict first (on the first scale every one of them has a
 * place on), then one line per model; undefined when one has no view. */
export function compareOpenness(views: OpennessView[], less: boolean): string[] | undefined {
  if (views.length < 2 || views.some((v) => !v.clauses.length)) return undefined;
  const scale = SCALES.find((s) => views.every((v) => s.key(v) !== undefined));
  const key = (v: OpennessView) => scale?.key(v) ?? 0;
  const ranked = [...views].sort((a, b) => key(b) - key(a));
  const lines = ranked.map((v) => `• ${viewLine(v)}`);
  const conflicts = views.flatMap((v) => (v.conflict ? [`Note: ${v.conflict}.`] : []));
  const tied = ranked.filter((v) => key(v) === key(ranked[0]!)).length === ranked.length;
  const names = ranked.map((v) => v.model).join(' and ');
  let verdict: string;
  if (!scale) verdict = 'The sources grade these models on different scales, so I cannot rank them on one:';
  else if (tied)
    verdict =
      scale === SCALES[2] && key(ranked[0]!) === 0
        ? `Neither ${names.replace(' and ', ' nor ')} is truly open by the articles' test:`
        : `${names} are about as open as each other, ${scale.basis}:`;
  else {
    const pick = less ? ranked[ranked.length - 1]! : ranked[0]!;
    const other = less ? ranked[0]! : ranked[1]!;
    verdict =
      ranked.length === 2
        ? `${pick.model} is ${less ? 'less' : 'more'} open than ${other.model}, ${scale.basis}:`
        : `${pick.model} is the ${less ? 'least' : 'most'} open of these, ${scale.basis}:`;
  }
  return [verdict, ...lines, ...conflicts];
}
