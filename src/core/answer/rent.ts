// "H100 for a year: marketplace vs AWS", "how many H100-months for $1M" at the sourced rental rates; "all of Meta's
// H100s" counts the fleet a named company holds, by reference (its count and source shown).
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Figure } from '../../knowledge/schema.js';
import { Citer, capitalise } from '../cite.js';
import { formatFigureValue } from '../format.js';
import { sourcedGapLine } from '../replies.js';
import { gpuRental } from '../scenarios.js';
import type { Reply } from '../types.js';
import type { Question } from '../understand/question.js';
import type { Answerer } from './context.js';

/** "all of Meta's H100s", "DeepSeek's whole fleet", "Meta's GPUs": a named holder's GPUs as the count. */
const FLEET = /\b(?:all|entire|whole|every one) of\b|\b(?:fleet|cluster)\b|'s (?:\w+ )?(?:h ?100s|gpus)\b/;

/** The H100 fleet a company named in the question holds, when the question counts its GPUs. */
function sourcedFleet(q: Question, index: KnowledgeIndex): { name: string; figure: Figure } | undefined {
  if (!FLEET.test(q.plain)) return undefined;
  for (const m of q.res.mentions) {
    if (m.ids.length !== 1) continue;
    const e = index.entity(m.ids[0]!);
    const f = e?.figures.find(
      (x) => x.metric === 'hardware' && x.unit === 'count' && x.value && /h100/i.test(x.of ?? ''),
    );
    if (e && f) return { name: e.name, figure: f };
  }
  return undefined;
}

/** The question asks how much is saved, in percent: the source's own range answers before the computed gap. */
const PERCENT_ASKED = /%|\b(percent|percentage|per cent)\b/;

export const answerRent: Answerer = (q, ctx) => {
  // A count of GPUs as understood ("600K-H100 fleet", "8 nvidia h100s"); a single one is the default.
  const counted = q.quantities.find((x) => x.dims.gpu === 1 && Object.keys(x.dims).length === 1)?.value;
  const fleet = counted === undefined ? sourcedFleet(q, ctx.index) : undefined;
  const reply = gpuRental(ctx.index, q.res, q.plain, q.amounts, counted ?? fleet?.figure.value);
  if (!reply) return reply;
  const gapped = PERCENT_ASKED.test(q.plain) ? withSourcedGap(ctx.index, reply) : reply;
  if (!fleet) return gapped;
  const citer = new Citer(ctx.index.kb);
  const line = `${fleet.name}'s fleet: ${formatFigureValue(fleet.figure)} [${citer.provenance(fleet.figure)}].`;
  const seen = new Set(gapped.sources.map((s) => s.id));
  return {
    ...gapped,
    lines: [line, ...gapped.lines],
    sources: [...gapped.sources, ...citer.sources().filter((s) => !seen.has(s.id))],
  };
};

/** "marketplace vs AWS, in percent": the article states the gap as a range (50–60%), which the computed 61% from its
 * two rounded rates does not replace; the range goes first, with its source. */
function withSourcedGap(index: KnowledgeIndex, reply: Reply): Reply {
  const said = reply.lines.join(' ').toLowerCase();
  let gap: Figure | undefined;
  for (const e of index.kb.entities.values())
    for (const f of e.figures)
      if (f.metric === 'savings' && f.unit === 'percent' && namesBothOptions(f.scope, said)) gap ??= f;
  if (!gap) return reply;
  const citer = new Citer(index.kb);
  const line = sourcedGapLine(`${capitalise(citer.metricLabel(gap))}: ${citer.figure(gap)}`);
  const seen = new Set(reply.sources.map((s) => s.id));
  return {
    ...reply,
    lines: [line, ...reply.lines],
    sources: [...reply.sources, ...citer.sources().filter((s) => !seen.has(s.id))],
  };
}

/** A gap's scope ("price difference, GPU marketplace vs AWS") names the options the reply priced. */
function namesBothOptions(scope: string, said: string): boolean {
  const sides = /(.+?)\s+vs\.?\s+(.+)/i.exec(scope.split(',').at(-1)!.trim());
  return Boolean(sides && said.includes(sides[1]!.toLowerCase()) && said.includes(sides[2]!.toLowerCase()));
}
