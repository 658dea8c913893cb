// A question about a thing the knowledge lacks, named after a thing it has ("the 675B Mistral Large 3" beside Mistral
// AI, "Kimi K3" beside Kimi K2): the known thing is a stand-in, and working its figures would answer with a borrowed one.
import { phraseKey } from '../../knowledge/normalize.js';
import type { Mention } from '../resolve.js';
import type { Question } from './question.js';

/** Whether a name the knowledge does not know begins with a word of the lead's name or one of its aliases. */
export function leadStandsIn(q: Question): boolean {
  const lead = q.lead;
  if (!lead || !q.unknownNames.length) return false;
  const firsts = new Set(
    [lead.name, ...lead.aliases].map((n) => phraseKey(n).split(' ')[0]).filter((w): w is string => Boolean(w)),
  );
  return q.unknownNames.some((n) => firsts.has(phraseKey(n).split(' ')[0] ?? ''));
}

/** Whether a named thing is the user's own group, counted right before it ("a 50-member consortium", "a 12-firm
 * alliance"): the count says the group is theirs, so the thing's sourced figures are not a second subject. */
export function countedGroup(q: Question, m: Mention): boolean {
  const start = q.res.tokens[m.start]?.start;
  const end = q.res.tokens[m.end - 1]?.end;
  if (start === undefined || end === undefined || !q.lead || m.ids[0] === q.lead.id) return false;
  // "at $2.50 per H100-hour": a chip inside the user's rate is the rate's unit, not a second subject.
  if (q.quantities.some((x) => x.dims.usd === 1 && x.dims.hour === -1 && x.at < start && end <= x.at + x.raw.length))
    return true;
  // "a 50-member consortium" before it, or "a consortium of 25 companies" after it.
  return q.quantities.some(
    (x) =>
      (x.dims.item === 1 || x.dims.user === 1) &&
      Object.keys(x.dims).length === 1 &&
      !x.loose &&
      ((x.at + x.raw.length <= start && /^[\s-]*$/.test(q.plain.slice(x.at + x.raw.length, start))) ||
        (x.at >= end && /^\s+of\s+$/.test(q.plain.slice(end, x.at)))),
  );
}
