// "what will GPT-4o cost per million tokens in 2027", "H100 rent in 2028": a figure asked for a year past every
// source's date, which no source forecasts, is declined plainly; today's figure would read as that year's.
import { futureYearReply } from '../replies.js';
import { knowledgePresentYear } from '../understand/future-year.js';
import type { Answerer } from './context.js';

/** Declines the year asked, naming the thing and the measure, and offers the question without the year. */
export const answerFutureYear: Answerer = (q, ctx) => {
  if (!q.futureYear) return undefined;
  const found = ctx.names?.find(q.text);
  const data = found?.mentions ?? [];
  const dataName =
    data.length === 1 && data[0]!.ids.length === 1 ? ctx.names?.entity(data[0]!.ids[0]!)?.name : undefined;
  // "claude sonnet … next year": a family the data sets hold is named as typed, not by its article maker's word.
  const family = found?.family?.text ?? (data.length === 1 && data[0]!.ids.length > 1 ? data[0]!.text : undefined);
  const subject = dataName ?? q.lead?.name ?? family ?? q.named[0]?.text ?? q.unknownNames[0];
  // "what will an H100 cost to rent": the money asked names the measure, not the chips counted beside it.
  const metric = q.metrics.find((m) => ctx.index.isMoney(m)) ?? q.metrics[0];
  const label = metric ? (ctx.index.kb.metrics.get(metric)?.label ?? metric) : undefined;
  const what = !subject
    ? label
      ? `a ${label}`
      : 'a figure'
    : !label || subject.toLowerCase().includes(label.toLowerCase())
      ? subject
      : `${subject}'s ${label}`;
  return futureYearReply(what, q.futureYear, knowledgePresentYear(ctx.index.kb), withoutYear(q.text, q.futureYear));
};

/** The question with the year asked (and the word tying it on) left out: what the sources can answer. */
function withoutYear(plain: string, year: string): string | undefined {
  if (!plain.includes(year)) return undefined;
  const left = plain
    .replace(new RegExp(`\\s*\\b(?:in|for|by|of|during|through|until|from|to|till)?\\s*${year}(?:['’]s)?\\b`, 'i'), ' ')
    .replace(/\s+([?.!,])/g, '$1')
    .replace(/[\s?.!,;:—–-]+$/, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return /[\p{L}]{3}/u.test(left) ? left : undefined;
}
