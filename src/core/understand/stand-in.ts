// A question about a thing the knowledge lacks, named after a thing it has ("the 675B Mistral Large 3" beside Mistral
// AI, "Kimi K3" beside Kimi K2): the known thing is a stand-in, and working its figures would answer with a borrowed one.
import { phraseKey } from '../../knowledge/normalize.js';
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
