// Two questions in one message ("which open model has 700M+ downloads, and whose licence has a 700M-user cap?"):
// each part is answered on its own when the parts are about different things, and the answers go out together.
import type { Reply } from './types.js';

/** "…, and whose/which/what/how…": where a second question with its own question word starts. */
const SECOND_QUESTION = /(?:,\s*|\s)and\s+(?=(?:who|whos|who's|whose|which|what|whats|what's|how|where|when|why)\b)/gi;
/** Lines of each part's answer kept in the body; the rest is folded into fields and notes. */
const LINES_PER_PART = 2;

/** The message's two questions (split at the last "…, and <question word>"), or undefined when it asks one. */
export function splitTwoParts(text: string): [string, string] | undefined {
  let last: RegExpExecArray | undefined;
  for (const m of text.matchAll(SECOND_QUESTION)) last = m;
  if (!last) return undefined;
  const first = text.slice(0, last.index).trim();
  const second = text.slice(last.index + last[0].length).trim();
  // Each part must be a question of its own, not "X and what it cost" hanging on the first.
  return first.split(/\s+/).length >= 3 && second.split(/\s+/).length >= 3 ? [first, second] : undefined;
}

/** What a reply is about: its title up to the metric. */
export const subjectOf = (r: Reply) => r.title.split(' — ')[0]!;

/** Two part answers as one reply: each part's title leads its first line; sources and notes are merged. */
export function joinParts(a: Reply, b: Reply): Reply {
  const part = (r: Reply) => [`${r.title}: ${r.lines[0] ?? ''}`.trim(), ...r.lines.slice(1, LINES_PER_PART)];
  const rest = (r: Reply) => r.lines.slice(LINES_PER_PART).map((l) => l.replace(/^• /, ''));
  const sources = [...a.sources];
  for (const s of b.sources) if (!sources.some((x) => x.id === s.id)) sources.push(s);
  return {
    ...a,
    kind: 'answer',
    title: `${subjectOf(a)} · ${subjectOf(b)}`,
    lines: [...part(a), ...part(b)],
    fields: [...a.fields, ...b.fields],
    notes: [...rest(a), ...rest(b), ...a.notes, ...b.notes.filter((n) => !a.notes.includes(n))],
    sources,
    suggestions: [...a.suggestions, ...b.suggestions].slice(0, 3),
    chart: undefined,
    because: `two questions: ${a.because ?? a.intent ?? ''} / ${b.because ?? b.intent ?? ''}`,
  };
}
