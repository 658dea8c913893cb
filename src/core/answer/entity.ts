// The named thing's figures and points that answer the question; other named things get one line each.
import { entityAnswer } from '../lookup.js';
import { ownedHolderLine } from '../replies.js';
import type { Reply } from '../types.js';
import { withoutPublishers } from './compare.js';
import type { Answerer } from './context.js';

export const answerEntity: Answerer = (q, { index }) => {
  const first = q.lead;
  if (!first) return undefined;
  // A data set's publisher named beside a model ("GPT-4: the articles vs Epoch") is a source, not another subject.
  const named = first.kind === 'models' ? withoutPublishers(index, q.specific, q.lowered, q.metrics) : q.specific;
  const more = named
    .slice(1)
    .map((m) => index.entity(m.ids[0]!)!)
    .filter((e) => e.id !== first.id);
  // "High-Flyer's H100s": a company without the figure asked whose lab it owns has it is answered by the lab's figure,
  // said to be the lab's.
  const owned =
    first.kind === 'organisations' && !q.leadHasAsked && q.metrics.length
      ? (first.owns ?? []).map((id) => index.entity(id)).find((e) => e && q.metrics.some((m) => index.ownMetric(e, m)))
      : undefined;
  if (owned) {
    const theirs = entityAnswer(index, q.res, owned, q.lowered);
    if (theirs.kind === 'answer')
      return {
        ...theirs,
        lines: [...theirs.lines.slice(0, 1), ownedHolderLine(first.name, owned.name), ...theirs.lines.slice(1)],
      };
  }
  const reply = entityAnswer(index, q.res, first, q.lowered);
  // A topic named in passing ("how many H100s does DeepSeek have…") that lacks the figure asked adds only a decline
  // about something nobody asked for; a company or model that lacks it is still said to.
  const others = more
    .map((e) => ({ e, answer: entityAnswer(index, q.res, e, q.lowered) }))
    .filter(({ e, answer }) => answer.kind !== 'unknown' || e.kind === 'organisations' || e.kind === 'models')
    .map(({ answer }) => answer);
  return others.length ? appendOthers(reply, others, first.name) : reply;
};

/** The first answer, then one line per other entity: its point about the first one's subject when it has one
 * ("where does Apple sit in the strategy matrix?": the matrix's point naming Apple), else its own first line. */
function appendOthers(first: Reply, others: Reply[], subject: string): Reply {
  const lines = [...first.lines];
  const sources = [...first.sources];
  for (const o of others) {
    // Each other answer's first line leaves its subject to its title, so the title leads it here.
    const about =
      o.kind === 'answer'
        ? o.lines.find((l) => l.startsWith('• ') && l.includes(subject) && !l.startsWith(`• ${subject}`))
        : undefined;
    const first = about?.slice(2) ?? o.lines[0];
    lines.push(
      first && o.kind === 'answer' && !first.startsWith("I don't") ? `${o.title}: ${first}` : (first ?? o.title),
    );
    for (const s of o.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  }
  return { ...first, lines, sources };
}
