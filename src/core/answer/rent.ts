// "H100 for a year: marketplace vs AWS", "how many H100-months for $1M" at the sourced rental rates; "all of Meta's
// H100s" counts the fleet a named company holds, by reference (its count and source shown).
import type { KnowledgeIndex } from '../../knowledge/index.js';
import type { Figure } from '../../knowledge/schema.js';
import { Citer, capitalise } from '../cite.js';
import { formatCount, formatFigureValue } from '../format.js';
import { sourcedGapLine } from '../replies.js';
import { againstAsked, againstLines } from '../run-against.js';
import { gpuRental } from '../scenarios.js';
import type { Reply } from '../types.js';
import type { Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { moneyQuantity, type SourcedQuantity } from '../understand/sourced-quantities.js';
import { sameDims } from '../units.js';
import type { Answerer } from './context.js';
import { rentByHour, rentHoursAsked } from './rent-hours.js';

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

/** Whether a count of people or things holds the GPU count once each: "6 MLEs each want 8 H100s", "8 H100s per team,
 * 5 teams". */
function forEach(plain: string, x: Quantity, gpus: Quantity): boolean {
  if (!(x.dims.user === 1 || x.dims.item === 1) || Object.keys(x.dims).length !== 1 || !x.noun) return false;
  if (x.at < gpus.at) return /^\s*(?:each|apiece|every one)\b/.test(plain.slice(x.at + x.raw.length, gpus.at));
  const after = plain.slice(gpus.at + gpus.raw.length, gpus.at + gpus.raw.length + 30);
  return new RegExp(`^\\s*(?:per|each|a|for each|for every)\\s+${x.noun.slice(0, 4)}`).test(after);
}

/** The question asks how much is saved, in percent: the source's own range answers before the computed gap. */
const PERCENT_ASKED = /%|\b(percent|percentage|per cent)\b/;

export const answerRent: Answerer = (q, ctx) => {
  // A count of GPUs as understood ("600K-H100 fleet", "8 nvidia h100s"); a single one is the default.
  const gpus = q.quantities.find((x) => x.dims.gpu === 1 && Object.keys(x.dims).length === 1);
  // "6 MLEs each want 8 H100s", "8 GPUs per team for 5 teams": GPUs for each of a count of people or things.
  const each = gpus && q.quantities.find((x) => x !== gpus && forEach(q.plain, x, gpus));
  const counted = gpus && each ? gpus.value * each.value : gpus?.value;
  const fleet = counted === undefined ? sourcedFleet(q, ctx.index) : undefined;
  const citer = new Citer(ctx.index.kb);
  // "…and you paid AWS rates — that bill vs their headline number?": the named model's sourced training cost.
  const headline = againstAsked(q.cues, q.plain) ? headlineCost(q, citer) : undefined;
  const against = headline
    ? (total: number, shown: string) => againstLines(q.plain, total, shown, [headline])
    : undefined;
  // "a 1.2M budget": money the quantity reader read as money though no "$" was written.
  const sum = q.amounts.some((a) => a.money)
    ? undefined
    : q.quantities.find((x) => sameDims(x.dims, { usd: 1 }) && !x.loose);
  const amounts = sum
    ? [...q.amounts, { value: sum.value, money: true, next: '', index: sum.at, raw: sum.raw }]
    : q.amounts;
  const reply = gpuRental(ctx.index, q.res, q.plain, amounts, counted ?? fleet?.figure.value, against);
  if (!reply) return reply;
  // "how many GPU-hours does $10k buy at the AWS monthly price": by the hour, never in GPU-months or whole GPUs; another
  // chip's or host's rent stays declined.
  if (rentHoursAsked(q) && reply.kind !== 'unknown' && counted === undefined && !fleet) return rentByHour(q, ctx.index);
  const gapped = PERCENT_ASKED.test(q.plain) && !headline ? withSourcedGap(ctx.index, reply) : reply;
  const before = [
    ...(gpus && each ? [`${formatCount(counted!)} H100s: ${each.raw} × ${gpus.raw}.`] : []),
    ...(fleet
      ? [`${fleet.name}'s fleet: ${formatFigureValue(fleet.figure)} [${citer.provenance(fleet.figure)}].`]
      : []),
  ];
  if (!before.length && !headline) return gapped;
  const seen = new Set(gapped.sources.map((s) => s.id));
  return {
    ...gapped,
    lines: [...before, ...gapped.lines],
    sources: [...gapped.sources, ...citer.sources().filter((s) => !seen.has(s.id))],
  };
};

/** The training cost the articles give for the model the question is about ("the quant fund's V3"), as an amount. */
function headlineCost(q: Question, citer: Citer): SourcedQuantity | undefined {
  const subject = q.lead;
  if (subject?.kind !== 'models') return undefined;
  const f = subject.figures.find((x) => x.metric === 'training_cost' && x.unit === 'money' && x.value);
  return f ? moneyQuantity(subject, f, citer) : undefined;
}

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
