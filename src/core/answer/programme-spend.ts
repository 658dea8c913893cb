// "How much has NVIDIA spent on the Nemotron program?": a company's spend on a model family as a whole, which no
// source totals. Declined first; the single models' training runs the sources do give follow, labelled as such,
// never listed as if they were the answer.
import type { Entity } from '../../knowledge/schema.js';
import { Citer, capitalise } from '../cite.js';
import { programmeRunsLine, unknownReply } from '../replies.js';
import type { Answerer } from './context.js';

/** Most single runs listed after the decline. */
const MAX_RUNS = 3;

export const answerProgrammeSpend: Answerer = (q, { index }) => {
  // "by what factor did Meta's training spend grow …": a change or a comparison of spends is asked, not a total.
  if (q.explicitCompare || q.cues.has('compare')) return undefined;
  if (q.metrics.some((m) => index.kb.metrics.get(m)?.class !== 'money')) return undefined;
  const named = q.res.mentions.map((m) => ({ m, es: m.ids.map((id) => index.entity(id)).filter(Boolean) as Entity[] }));
  const family = named.find(({ es }) => es.length && es.every((e) => e.kind === 'models'));
  if (!family) return undefined;
  const first = family.es[0]!;
  const maker =
    named.flatMap(({ es }) => es).find((e) => e.kind === 'organisations') ??
    (first.kind === 'models' && first.org ? index.entity(first.org) : undefined);
  const what = family.es.length === 1 ? family.es[0]!.name : capitalise(family.m.family ?? family.m.text);
  // The data sets' runs when they answered (each candidate's line), else the articles' own training costs.
  const citer = new Citer(index.kb);
  const dataLines = q.data ? ('reply' in q.data ? q.data.reply.lines : q.data.supplement.lines) : [];
  const fromData = dataLines.filter((l) => /^• .*\$\d/.test(l)).map((l) => l.replace(/^• /, ''));
  const fromArticles = family.es.flatMap((e) => {
    const f = e.figures.find((x) => x.metric === 'training_cost');
    return f ? [`${e.name} ${citer.brief(f)}`] : [];
  });
  const runs = (fromData.length ? fromData : fromArticles).slice(0, MAX_RUNS);
  return unknownReply(index, [`${maker ? `${maker.name}'s ` : ''}total spend on ${what}`], {
    instead: runs.length ? [programmeRunsLine(runs)] : undefined,
    // No run to list: what the sources say of the family, labelled, as for any other decline.
    about: runs.length || family.es.length !== 1 ? undefined : first,
  });
};
