// The lines for a budget less what has been spent out of it: what is left, and the share used when asked.
import { trimNumber } from '../format.js';
import { budgetLeftLine, budgetUsedLine, computedLine } from '../replies.js';
import type { BudgetLeft } from '../understand/budget-left.js';

/** What is left of the budget (overspent when below zero), then the share of it used. */
export function budgetLeftLines(b: BudgetLeft, money: (n: number) => string): string[] {
  const total = b.spent.reduce((t, q) => t + q.value, 0);
  const left = b.budget.value - total;
  const used = b.budget.value > 0 ? trimNumber((100 * total) / b.budget.value, 1) : undefined;
  const spent = b.spent.length > 1 ? `(${b.spent.map((q) => q.raw).join(' + ')})` : b.spent[0]!.raw;
  const usedShown = b.shareAsked && used !== undefined ? `; ${money(total)} ÷ ${b.budget.raw} = ${used}% used` : '';
  return [
    !b.leftAsked && used !== undefined
      ? budgetUsedLine(used, money(total), b.budget.raw, money(left))
      : budgetLeftLine(money(Math.abs(left)), left >= 0, b.budget.raw, money(total), used),
    computedLine(`${b.budget.raw} − ${spent}`, undefined, `${left < 0 ? '−' : ''}${money(Math.abs(left))}${usedShown}`),
  ];
}
