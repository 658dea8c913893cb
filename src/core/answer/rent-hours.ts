// The articles' H100 rent per month, asked by the hour: "how many GPU-hours does $10k get at the AWS monthly price
// (730h in a month)" is $10,000 ÷ ($2,800 ÷ 730 h) = 3,571 GPU-hours; "the marketplace rate per GPU-hour, 720 hours a
// month" is $1,100 ÷ 720. A month's length the user gives replaces the standard one; no answer in GPU-months or whole
// GPUs when hours are asked.
import type { KnowledgeIndex } from '../../knowledge/index.js';
import { Citer } from '../cite.js';
import { formatMoney } from '../format.js';
import { calculationReply, uncombinedReply } from '../replies.js';
import type { Reply } from '../types.js';
import type { Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';
import { rentalRates } from '../understand/sourced-quantities.js';
import { solve } from '../units.js';
import { workCases } from './units.js';

/** Hours a month may be said to have: 28 to 31 days, or a working month of 20-odd days around the clock. */
const MONTH_HOURS: [number, number] = [480, 744];

/** "730h in a month", "720 hours a month", "730 hrs/month", "a month is 720 hours", "month = 730h", "the monthly rental
 * spread over 720 hours": hours in a month. */
const MONTH_IS =
  /\b(\d{3})\s*(?:h|hrs?|hours?)\s*(?:(?:in|to)\s+(?:a|the|one)|a|per|\/|each|every|-)?\s*(?:month|mo)\b|\b(?:month|mo)\s+(?:is|=|of|has|as)\s+(\d{3})\s*(?:h|hrs?|hours?)\b|\bmonthly\b[^.?!]{0,40}?\b(?:over|across|by|into)\s+(\d{3})\s*(?:h|hrs?|hours?)\b/;

/** The user's length of a month, and the quantities read from its words (which are no input of their own). */
function monthLength(q: Question): { hours: number; xs: Quantity[] } | undefined {
  const m = MONTH_IS.exec(q.plain.toLowerCase());
  const hours = m ? Number(m[1] ?? m[2] ?? m[3]) : undefined;
  if (!m || hours === undefined || hours < MONTH_HOURS[0] || hours > MONTH_HOURS[1]) return undefined;
  const [from, to] = [m.index, m.index + m[0].length];
  // The words themselves, and a month the reader already measured by them ("for a month" of 730 hours).
  const xs = q.quantities.filter(
    (x) =>
      (x.at >= 0 && x.at < to && x.at + x.raw.length > from) ||
      (x.dims.hour === 1 && Object.keys(x.dims).length === 1 && x.value === hours && /\bmonth\b/.test(x.raw)),
  );
  return { hours, xs };
}

/** GPU-hours asked, or a rent per GPU-hour (or per hour): the hour is the unit, never the month. */
export function rentHoursAsked(q: Question): boolean {
  const t = q.target?.dims;
  if (!t) return false;
  const keys = Object.keys(t);
  // "…for one H100-month?" asks no hour, whatever unit the reader gave the target.
  if (!/\b(?:hours?|hourly|hrs?|gpu-?hours?)\b/.test(q.lowered)) return false;
  const gpuHours = t.gpu === 1 && t.hour === 1 && keys.length === 2;
  const hourly = t.usd === 1 && t.hour === -1 && q.target?.per === 'hour' && keys.every((k) => k !== 'user');
  return gpuHours || hourly;
}

/** The answer by the hour at the sourced monthly rates, or no figure when the user's numbers do not all fit. */
export function rentByHour(q: Question, index: KnowledgeIndex): Reply | undefined {
  if (!rentHoursAsked(q)) return undefined;
  const citer = new Citer(index.kb);
  const month = monthLength(q);
  const rates = rentalRates(index.kb, q.plain, citer).map((r) => {
    const where = r.raw.slice(0, r.raw.indexOf(' ('));
    const hours = month?.hours;
    const shown = `${formatMoney(r.figure.value!)} per H100-month${hours ? ` ÷ ${hours.toLocaleString('en-US')} hours` : ''}`;
    const raw = `an H100 ${where} (${shown}, ${citer.sourceOf(r.figure.source)})`;
    return { ...r, value: hours ? r.figure.value! / hours : r.value, raw };
  });
  if (!rates.length) return undefined;
  const inputs = q.quantities.filter((x) => !month?.xs.includes(x) && !x.loose);
  const target =
    q.target!.dims.gpu === undefined && q.target!.dims.usd === 1
      ? { ...q.target!, dims: { usd: 1, gpu: -1, hour: -1 } }
      : q.target!;
  const cases = rates.map((r) => ({ label: rates.length > 1 ? r.raw : undefined, quantities: [r, ...inputs] }));
  // Every number of the user's in the formula: one left out would make the figure another question's.
  const placed = cases.every((c) => {
    const worked = solve(c.quantities, target);
    if (typeof worked === 'string') return false;
    const used = new Set([...worked.steps.map((x) => x.q.raw), ...worked.factors.map((x) => x.raw)]);
    return c.quantities.every((x) => used.has(x.raw));
  });
  const lines = placed ? workCases({ cases }, target, undefined, false) : undefined;
  if (!lines) return uncombinedReply([...inputs.map((x) => x.raw), ...rates.map((r) => r.raw)]);
  if (!Array.isArray(lines)) return lines;
  return {
    ...calculationReply(lines),
    title: 'H100 rent by the hour',
    fields: rates.map((r) => citer.field(r.figure)),
    sources: citer.sources(),
  };
}
