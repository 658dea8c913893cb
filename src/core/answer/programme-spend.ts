// "How much has NVIDIA spent on the Nemotron program?": a company's spend on a model family as a whole, which no
// source totals. Declined first; the single models' training runs the sources do give follow, labelled as such,
// never listed as if they were the answer.
import type { Entity } from '../../knowledge/schema.js';
import { Citer, capitalise } from '../cite.js';
import { programmeRunsLine, unknownReply } from '../replies.js';
import type { Answerer } from './context.js';

/** Words that spend money; a family named after one is what the money went on. */
const SPEND_WORD =
  /^(spent|spend|spends|spending|invested|invest|invests|investment|poured|pour|pours|sunk|sink|sinks|outlay)$/;
/** Words that make a model's name a programme ("the Llama project"). */
const PROGRAMME_WORD =
  /^(program|programme|programs|programmes|project|initiative|effort|lineup|series|family|models)$/;

/** Most single runs listed after the decline. */
const MAX_RUNS = 3;

export const answerProgrammeSpend: Answerer = (q, { index }) => {
  // "by what factor did Meta's training spend grow …": a change or a comparison of spends is asked, not a total.
  if (q.explicitCompare || q.cues.has('compare')) return undefined;
  // "…per year" also reads as an operating cost, a metric near the spend asked: the same ask, not another measure.
  const other = (m: string) => {
    const metric = index.kb.metrics.get(m);
    return metric?.class !== 'money' && !metric?.near?.some((n) => q.metrics.includes(n));
  };
  if (q.metrics.some(other)) return undefined;
  const named = q.res.mentions.map((m) => ({ m, es: m.ids.map((id) => index.entity(id)).filter(Boolean) as Entity[] }));
  // The family the spend is on: named after the spending word, or as a programme ("the Llama project's budget"); "the
  // startup that gave away Stable Diffusion: what did it spend a year on clouds?" describes the spender by its model.
  const spendAt = q.res.words.findIndex((w) => SPEND_WORD.test(w));
  const family = named.find(
    ({ m, es }) =>
      es.length &&
      es.every((e) => e.kind === 'models') &&
      (spendAt < 0 || m.start > spendAt || PROGRAMME_WORD.test(q.res.words[m.end] ?? '')),
  );
  if (!family) return undefined;
  const first = family.es[0]!;
  const maker =
    named.flatMap(({ es }) => es).find((e) => e.kind === 'organisations') ??
    (first.kind === 'models' && first.org ? index.entity(first.org) : undefined);
  // "gemini" read as Gemini Ultra stands for the family typed, which is what the spend was asked of.
  const what =
    family.es.length === 1 && !family.m.family ? family.es[0]!.name : capitalise(family.m.family ?? family.m.text);
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
