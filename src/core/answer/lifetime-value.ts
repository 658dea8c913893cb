// The lines of a customer's lifetime value: revenue per period × margin ÷ churn per period, beside LTV:CAC and the
// CAC payback when the user gives an acquisition cost.
import { trimNumber } from '../format.js';
import { cacPaybackLine, lifetimeValueLine, ltvToCacLine } from '../replies.js';
import type { LifetimeValue } from '../understand/lifetime-value.js';

/** LTV first, then LTV:CAC and the payback when an acquisition cost is given; `money` says an amount in dollars. */
export function lifetimeValueLines(l: LifetimeValue, money: (n: number) => string): string[] {
  const { revenue, margin, churn, cac, per } = l;
  const kept = margin ? margin.value / 100 : 1;
  const each = revenue.value * kept;
  const ltv = each / (churn.value / 100);
  const periods = per ? `${per}s` : 'periods';
  const lifetime = `1 ÷ ${churn.raw} = ${trimNumber(100 / churn.value, 1)} ${periods}`;
  const churnShown = /churn|attrition/i.test(churn.raw) ? churn.raw : `${churn.raw} churn`;
  const formula = `${revenue.raw}${margin ? ` × ${margin.raw}` : ''} ÷ ${churnShown}`;
  const lines = [lifetimeValueLine(money(ltv), formula, lifetime, !margin)];
  if (cac && cac.value > 0) {
    lines.push(ltvToCacLine(trimNumber(ltv / cac.value, 2), money(ltv), cac.raw));
    if (l.paybackAsked) {
      const eachShown = `${money(each)} a ${per ?? 'period'}`;
      const time = `${trimNumber(cac.value / each, 1)} ${periods}`;
      lines.push(cacPaybackLine(time, cac.raw, margin ? `(${revenue.raw} × ${margin.raw} = ${eachShown})` : eachShown));
    }
  }
  return lines;
}
