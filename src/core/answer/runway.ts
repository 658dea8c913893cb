// Works the time until cash runs out net of income, and the volume where a fixed fee plus a unit price costs the
// same as a unit price alone. Inputs show as written, so the reply says which numbers went in.
import { formatCount, grouped, trimNumber } from '../format.js';
import { computedLine, runwayLine, unitBreakEvenLine, unitsErrorReply, volumeBreakEvenLine } from '../replies.js';
import type { Reply } from '../types.js';
import type { OwnPnl } from '../understand/pnl-what-if.js';
import { HOURS, type Quantity } from '../understand/quantities.js';
import type { Runway } from '../understand/runway.js';
import type { UnitBreakEven, VolumeBreakEven } from '../understand/volume-break-even.js';
import { periodFor } from '../units.js';

const sum = (qs: Quantity[]) => qs.reduce((t, q) => t + q.value, 0);
const listed = (qs: Quantity[]) => (qs.length > 1 ? `(${qs.map((q) => q.raw).join(' + ')})` : qs[0]!.raw);

/** cash ÷ (spending − income), in the period asked (else the spending's own period). */
export function runwayLines(r: Runway, money: (n: number) => string, per?: string): string[] | Reply {
  const net = sum(r.spend) - sum(r.income);
  const inputs = [r.cash, ...r.spend, ...r.income].map((q) => q.raw);
  if (!(net > 0)) return unitsErrorReply(inputs, 'never-runs-out');
  if (!(r.cash.value >= 0)) return unitsErrorReply(inputs, 'not-positive');
  const hours = r.cash.value / net;
  const p = per ?? r.spend[0]!.per ?? periodFor(hours);
  const time = `${trimNumber(hours / HOURS[p]!, 1)} ${p}s`;
  const netShown = `${money(Number((net * HOURS[p]!).toPrecision(12)))} a ${p}`;
  return [
    runwayLine(time, netShown),
    computedLine(`${r.cash.raw} ÷ (${listed(r.spend)} − ${listed(r.income)})`, undefined, time),
  ];
}

const UNIT_NOUN: Record<string, string> = { token: 'tokens', user: 'users', gpu: 'GPUs', item: 'units' };

/** fixed fee ÷ (price alone − price with the fee): the units each period where both cost the same. */
export function volumeLines(v: VolumeBreakEven, money: (n: number) => string): string[] | Reply {
  const gap = v.alone.value - (v.withFixed?.value ?? 0);
  const inputs = [v.fixed.raw, ...(v.withFixed ? [v.withFixed.raw] : []), v.alone.raw];
  if (!(gap > 0)) return unitsErrorReply(inputs, 'never-equal');
  if (!(v.fixed.value >= 0)) return unitsErrorReply(inputs, 'not-positive');
  const per = v.fixed.per ?? 'month';
  const units = Number(((v.fixed.value * HOURS[per]!) / gap).toPrecision(12));
  // "$0.002 per call": the thing a price is per names the units, when the unit lists have no noun for it.
  const per1 =
    v.unit === 'item' ? /(?:\bper|\/|\beach|\ba)\s*([a-z]{3,})$/.exec(v.alone.raw.toLowerCase())?.[1] : undefined;
  const noun =
    per1 && per1 !== 'unit' ? per1.replace(/([^aeiou])y$/, '$1ie').concat('s') : (UNIT_NOUN[v.unit] ?? 'units');
  const volume = `${formatCount(units)} ${noun} a ${per}`;
  const cost = `${money(units * v.alone.value)} a ${per}`;
  return [
    volumeBreakEvenLine(volume, cost, v.withFixed ? `${v.fixed.raw} + ${v.withFixed.raw}` : v.fixed.raw),
    computedLine(
      v.withFixed ? `${v.fixed.raw} ÷ (${v.alone.raw} − ${v.withFixed.raw})` : `${v.fixed.raw} ÷ ${v.alone.raw}`,
      undefined,
      volume,
    ),
  ];
}

/** fixed cost ÷ (price − unit cost): the customers each period whose margin covers the fixed cost, rounded up. */
export function unitBreakEvenLines(u: UnitBreakEven, money: (n: number) => string): string[] | Reply {
  const margin = u.price.value - u.cost.value;
  const inputs = [u.fixed.raw, u.price.raw, u.cost.raw];
  if (!(margin > 0)) return unitsErrorReply(inputs, 'no-unit-margin');
  if (!(u.fixed.value >= 0)) return unitsErrorReply(inputs, 'not-positive');
  const exact = Number((u.fixed.value / margin).toPrecision(12));
  const count = `${formatCount(Math.ceil(exact - 1e-9))} ${u.noun}s`;
  const per = u.fixed.per ?? 'month';
  return [
    unitBreakEvenLine(count, `${money(margin)} a ${per}`, `${money(u.fixed.value)} a ${per}`),
    computedLine(
      `${u.fixed.raw} ÷ (${u.price.raw} − ${u.cost.raw})`,
      undefined,
      `${grouped(2).format(exact)} ${u.noun}s`,
    ),
  ];
}

/** The user's revenue and costs, each changed as the what-if says: revenue − costs, a profit or a loss. */
export function ownPnlLines(p: OwnPnl, money: (n: number) => string): string[] {
  const r = p.whatIf.changes.revenue?.factor ?? 1;
  const c = p.whatIf.changes.cost?.factor ?? 1;
  const revenue = p.revenue.value * r;
  const cost = p.cost.value * c;
  const net = revenue - cost;
  const each = p.per ? ` a ${p.per}` : '';
  const result = net < 0 ? `a loss of ${money(-net)}${each}` : `a profit of ${money(net)}${each}`;
  // "how far is spend still above revenue?": the gap named the way it was asked, the loss beside it.
  const gap = p.whatIf.gap
    ? net < 0
      ? `spending ${money(-net)}${each} above revenue`
      : `spending ${money(net)}${each} below revenue`
    : undefined;
  const side = (raw: string, f: number) => (f === 1 ? raw : `${raw} × ${trimNumber(f, 4)}`);
  return [
    gap
      ? `That leaves ${gap}: ${result} (revenue ${money(revenue)} against costs ${money(cost)}).`
      : `That comes to ${result} (revenue ${money(revenue)} against costs ${money(cost)}).`,
    computedLine(`${side(p.revenue.raw, r)} − ${side(p.cost.raw, c)}`, undefined, result),
  ];
}
