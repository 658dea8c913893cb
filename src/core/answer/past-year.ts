// "what did GPT-4o cost per million tokens in 2023": the price lists give today's prices, so a year before every
// source the reply cites is said to be missing first; today's figures follow, labelled as today's.

import { pastYearPreface } from '../replies.js';
import type { Reply } from '../types.js';
import type { Question } from '../understand/question.js';

/** A year typed on its own ("in 2023"), not inside a dated model id ("gpt-4o-2024-08-06"). */
const STANDALONE_YEAR = /(?<![-\w.])((?:19|20)\d\d)(?![-\w.])/g;

/** The reply with the year asked said to be missing first, when every source it cites is dated after that year and
 * nothing in it names the year; otherwise the reply as it is. */
export function withPastYear(q: Question, reply: Reply): Reply {
  // Prices are what lists change over time; a grade or a run's figures are not read as a year's.
  if (reply.kind !== 'answer' || !reply.sources.length || !/\bprices?\b/.test(reply.title)) return reply;
  const years = [...q.text.matchAll(STANDALONE_YEAR)].map((m) => m[1]!);
  const since = Math.min(...reply.sources.map((s) => yearOf(s.asOf) ?? 0));
  const body = [...reply.lines, ...reply.fields.map((f) => f.value), ...reply.notes].join(' ');
  const year = years.find((y) => Number(y) < since && !body.includes(y));
  if (!year) return reply;
  const asOf = reply.sources.map((s) => s.asOf).join(' and ');
  return { ...reply, lines: [pastYearPreface(reply.title, year, asOf), ...reply.lines] };
}

const yearOf = (asOf: string) => {
  const m = /\b((?:19|20)\d\d)\b/.exec(asOf);
  return m ? Number(m[1]) : undefined;
};
