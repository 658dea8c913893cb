// Arithmetic with the user's own numbers and units: "10M tokens a day at $0.50/M for a year" → $1,825,
// "8 H100s for 30 days at $2/hr" → $11,520, "$5.6M / 2048 GPUs" → $2,734 per GPU. Every number given is
// used; when they do not combine, the next row (sourced rates) gets the question.
import { formatCount, formatMoney, grouped, trimNumber } from '../format.js';
import { unitsErrorReply } from '../replies.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import { periodFor, solve, type Worked } from '../units.js';
import type { Answerer } from './context.js';

export const answerUnits: Answerer = (q) => {
  if (q.quantities.length < 2) return undefined;
  let worked = solve(q.quantities, q.target);
  if (worked === 'no-combination' && q.target) worked = solve(q.quantities);
  if (worked === 'no-combination') return undefined;
  if (typeof worked === 'string')
    return unitsErrorReply(
      q.quantities.map((x) => x.raw),
      worked,
    );
  const low = describe(worked, q.target?.per, q.target?.noun);
  const result =
    worked.high !== undefined
      ? `${low} to ${describe({ ...worked, value: worked.high }, q.target?.per, q.target?.noun)}`
      : low;
  const rate = perPeriod(worked, q.target?.per);
  return {
    kind: 'calculation',
    title: 'Calculation',
    lines: [`That comes to ${result}${rate ? ` (${rate})` : ''}.`, `Computed: ${formula(worked)} = ${result}.`],
    fields: [],
    notes: [],
    sources: [],
    suggestions: [],
  };
};

/** A total over a duration the user gave, also as a rate: "$90,000" over 12 months is "$7,500 a month". */
function perPeriod(w: Worked, asked?: string): string | undefined {
  const keys = Object.keys(w.dims);
  if (w.dims.usd !== 1 || keys.length !== 1) return undefined;
  const duration = w.steps.find((s) => s.sign === 1 && s.q.dims.hour === 1 && Object.keys(s.q.dims).length === 1);
  if (!duration?.q.value) return undefined;
  const p = asked ?? ratePeriod(w) ?? 'month';
  if (HOURS[p]! >= duration.q.value) return undefined;
  return `${money((w.value / duration.q.value) * HOURS[p]!)} a ${p}`;
}

/** The period a rate among the inputs was written per ("day" in "10M tokens a day"). */
function ratePeriod(w: Worked): string | undefined {
  return w.steps.find((s) => s.q.per && s.q.dims.hour === -1)?.q.per;
}

/** Money as a calculation shows it: exact below a million ("$11,520"), scaled above ("$1.83M"). */
function money(n: number): string {
  if (Math.abs(n) >= 1e6 || Math.abs(n) < 1) return formatMoney(n);
  return `${n < 0 ? '-' : ''}$${grouped(Math.abs(n) >= 100 ? 0 : 2).format(Math.abs(n))}`;
}

function nounOf(w: Worked, dim: string, asked?: string): string {
  const named = asked ?? w.steps.find((s) => s.q.dims[dim as keyof Quantity['dims']] === 1 && s.q.noun)?.q.noun;
  return named ?? ({ gpu: 'GPU', user: 'user', token: 'token', item: 'unit' } as Record<string, string>)[dim] ?? dim;
}

/** The result in the unit asked, with its noun: "$1,825", "$152.08 a month", "$2,734.38 per GPU", "4.2 months". */
function describe(w: Worked, per?: string, noun?: string): string {
  const d = w.dims;
  const keys = Object.keys(d);
  if (d.usd === 1 && keys.length === 1) return money(w.value);
  if (d.usd === 1 && d.hour === -1 && keys.length === 2) {
    const p = per ?? ratePeriod(w) ?? 'month';
    return `${money(w.value * HOURS[p]!)} a ${p}`;
  }
  if (d.usd === 1 && keys.length === 2) {
    const dim = keys.find((k) => k !== 'usd')!;
    return `${money(w.value)} per ${nounOf(w, dim)}`;
  }
  if (d.hour === 1 && keys.length === 1) {
    const p = per ?? periodFor(w.value);
    return `${trimNumber(w.value / HOURS[p]!, 1)} ${p}s`;
  }
  if (d.token === 1 && d.hour === -1 && keys.length === 2)
    return `${formatCount(w.value * HOURS[per ?? 'day']!)} tokens a ${per ?? 'day'}`;
  const dim = keys[0]!;
  const count = w.value >= 100 ? formatCount(Math.round(w.value)) : trimNumber(w.value, 1);
  return `${w.value === Math.round(w.value) ? '' : 'about '}${count} ${nounOf(w, dim, noun)}s`;
}

/** "10M tokens a day × $0.50/M × for a year (= 365 days)". */
function formula(w: Worked): string {
  const per = ratePeriod(w);
  // Multiplied inputs first, then what divides them: "$100K ÷ $2/hr ÷ for a month".
  const ordered = [...w.steps.filter((x) => x.sign === 1), ...w.steps.filter((x) => x.sign === -1)];
  const factors = w.factors.map((f) => {
    const pct = f.dims.percent === 1;
    switch (f.apply) {
      case 'less':
        return pct ? ` × (1 − ${f.raw})` : ` ÷ ${f.raw}`;
      case 'more':
        return pct ? ` × (1 + ${f.raw})` : ` × ${f.raw}`;
      case 'of-total':
        return ` ÷ ${f.raw}`;
      case 'compound':
        return ` × (${f.raw}) over ${w.over?.raw ?? 'the period'}`;
      default:
        return ` × ${f.raw}`;
    }
  });
  return ordered
    .map(({ q, sign }, i) => {
      const duration = q.dims.hour === 1 && Object.keys(q.dims).length === 1;
      const n = per ? trimNumber(q.value / HOURS[per]!, 2) : '';
      // "for a year (= 365 days)", but not "12 months (= 12 months)".
      const shown = duration && per && n !== '1' && !q.raw.includes(n) ? `${q.raw} (= ${n} ${per}s)` : q.raw;
      return `${i === 0 ? '' : sign === -1 ? ' ÷ ' : ' × '}${shown}`;
    })
    .join('')
    .concat(factors.join(''));
}
