// Where an article and a data set both estimate one model's figure and the question asks for both ("the wiki's
// training cost vs Epoch's cloud-rental estimate", "every estimate: articles and Epoch"), each is shown with its
// source and method, the articles' first: the data sets' answer alone would drop the figure the user quoted.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Entity } from '../../knowledge/schema.js';
import { Citer } from '../cite.js';
import type { DataResult } from '../datasets/answer.js';
import type { Reply } from '../types.js';
import type { Question } from '../understand/question.js';
import { articleDataGapLines } from './article-data-gap.js';

/** The articles' side is asked: an article named as a source, or "articles", "the book", "both", "every estimate". */
const ARTICLES_ASKED =
  /\barticles?\b|\b(wiki|chapter|book|essay)\b|\bboth\b|\bevery (estimate|figure)|\ball (the |your )?(estimates|figures)\b/;

/** The title of the data sets' training answer about a model ("Llama 3.1 405B — training (Epoch AI)"). */
const TRAINING_TITLE = /— training \(Epoch AI\)$/;

/** Epoch named as the other side: its estimates are asked beside the articles' figure. */
const EPOCH_ASKED = /\bepoch\b/;

/** Words naming the articles' side: an article, the figure reported or quoted elsewhere. */
const ARTICLE_SIDE = /\barticles?\b|\b(wiki|chapter|book|essay|headline|reported|quoted|official|published)\b|\$\s?\d/;

/** Whether the question names Epoch's side before the articles' ("Epoch's column minus the articles' $191M"). */
function epochFirst(text: string): boolean {
  const e = EPOCH_ASKED.exec(text)?.index ?? 0;
  const a = ARTICLE_SIDE.exec(text)?.index;
  return a === undefined || e <= a;
}

/** The model the question is about: the lead when it is one, else the one model a name or figure points at
 * ("405B llama" names the family and a size; the size picks the model). */
function modelAsked(index: KnowledgeIndex, q: Question): Entity | undefined {
  if (q.lead?.kind === 'models') return q.lead;
  for (const m of [...q.specific, ...q.named, ...q.described]) {
    const e = m.ids.length === 1 ? index.entity(m.ids[0]!) : undefined;
    if (e?.kind === 'models') return e;
  }
  return undefined;
}

/** The model whose name a data-set reply's title starts with (the longest such name). */
function modelTitled(index: KnowledgeIndex, title: string): Entity | undefined {
  const t = title.toLowerCase();
  let best: Entity | undefined;
  for (const e of index.kb.entities.values())
    if (e.kind === 'models' && t.startsWith(e.name.toLowerCase()) && e.name.length > (best?.name.length ?? 0)) best = e;
  return best;
}

/** The articles' money metric to set beside a data-set answer about `lead`: the one that answer leads with
 * ("Training cost (Epoch AI estimates…)"), else the one asked. The question may name Epoch's method with another
 * metric's word ("cloud-rental-price estimate"), so the answer's heading comes first. */
function metricBeside(index: KnowledgeIndex, q: Question, lead: Entity, data: Reply): string | undefined {
  if (data.kind !== 'answer' || !data.title.toLowerCase().startsWith(lead.name.toLowerCase())) return undefined;
  const heading = data.lines[0]?.toLowerCase() ?? '';
  const led = [...new Set(lead.figures.map((f) => f.metric))].find(
    (m) => index.isMoney(m) && heading.startsWith((index.kb.metrics.get(m)?.label ?? m).toLowerCase()),
  );
  // A data-set answer of another kind (a run's GPU-hours priced at the user's rate) is not the other side.
  if (led || !TRAINING_TITLE.test(data.title)) return led;
  return q.res.metrics.map((m) => (index.isMoney(m) ? index.ownMetric(lead, m) : undefined)).find(Boolean);
}

/** The data sets' reply about a model with the articles' own figure for the money metric asked put first, or
 * undefined when the articles have no such figure or the question does not ask for them. When the data sets did
 * not read the question as theirs but it names Epoch beside the articles ("PaLM 540B — wiki cost vs Epoch cloud
 * cost"), they are asked for the model's training figures by its name (`ask`). */
export function articleBesideData(
  index: KnowledgeIndex,
  q: Question,
  fromData: DataResult | undefined,
  ask: (text: string) => DataResult | undefined,
): Reply | undefined {
  // "does Epoch's number match the $294k headline?": the figure reported elsewhere is the articles' side.
  const againstReported = q.cues.has('sets-against-reported') && EPOCH_ASKED.test(q.lowered);
  let result = fromData && 'reply' in fromData ? fromData : undefined;
  let data = result?.reply;
  // "the 671b moe model from china's training cost": a model of the articles read from a description by the data
  // sets keeps the articles' figure beside theirs, as its name would have.
  const readFromDescription = fromData !== undefined && 'reply' in fromData && fromData.readFrom !== undefined;
  if (!(q.res.articles?.length || ARTICLES_ASKED.test(q.lowered) || againstReported || readFromDescription))
    return undefined;
  // The data sets may have read a description the articles' names miss ("Google's first Ultra model").
  // A description the data sets read names the model their answer is about ("successor to its 540B model" is PaLM 2,
  // whatever "540B" names alone).
  const titled = data ? modelTitled(index, data.title) : undefined;
  // …and only that model: "PaLM 2 — training" is not about PaLM, whose name it starts with.
  const exact = titled && data?.title.toLowerCase().startsWith(`${titled.name.toLowerCase()} — `) ? titled : undefined;
  const lead = readFromDescription ? exact : (modelAsked(index, q) ?? titled);
  if (!lead) return undefined;
  let metric = data ? metricBeside(index, q, lead, data) : undefined;
  // Epoch named but the data sets answered nothing, or their training answer led with another figure (FLOP): ask
  // them for the training estimates. Another answer of theirs (a run's GPU-hours priced) is theirs to give.
  const otherAnswer = data !== undefined && !TRAINING_TITLE.test(data.title);
  if (
    !metric &&
    !otherAnswer &&
    EPOCH_ASKED.test(q.lowered) &&
    lead.figures.some((f) => f.metric === 'training_cost')
  ) {
    const again = ask(`${lead.name} training cost per Epoch`);
    result = again && 'reply' in again ? again : undefined;
    data = result?.reply;
    metric = data ? metricBeside(index, q, lead, data) : undefined;
  }
  if (!data || !metric) return undefined;
  const figures = lead.figures.filter((f) => f.metric === metric);
  if (!figures.length) return undefined;
  const citer = new Citer(index.kb);
  const figure = figures.map((f) => citer.figure(f)).join('; ');
  // The data sets' first block (its heading and bullets): the method-by-method estimates asked beside the articles'.
  const next = data.lines.findIndex((l, i) => i > 0 && !l.startsWith('•'));
  const block = next < 0 ? data.lines : data.lines.slice(0, next);
  const own = citer.sources();
  const seen = new Set(own.map((s) => s.id));
  const label = index.kb.metrics.get(metric)?.label ?? metric;
  // "Epoch's cloud-price column minus the articles' $191M": the gap asked comes first, the figures after it.
  const epoch = (result?.shown ?? []).filter((s) => s.entity === lead).map((s) => s.figure);
  const gap = articleDataGapLines(q.lowered, epoch, figures, epochFirst(q.lowered), q.quantities, citer);
  return {
    ...data,
    title: `${lead.name} — ${label}: the articles and the data sets`,
    lines: [...(gap ?? []), `Articles: ${figure}`, ...block],
    sources: [...own, ...data.sources.filter((s) => !seen.has(s.id))],
  };
}
