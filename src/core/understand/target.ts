// The unit a question asks its answer in ("per month", "how many GPUs", "break even"), read from the words the
// user's quantities did not use.
import { adverbPeriod, type Dims, periodOf, type Quantity } from './quantities.js';

/** What unit the question asks for, read from the words the quantities did not use; undefined when it does
 * not say (the solver then picks the most sensible unit). */
export function askedTarget(
  text: string,
  quantities: Quantity[],
): { dims: Dims; per?: string; noun?: string } | undefined {
  let free = text.toLowerCase();
  for (const q of quantities)
    free = `${free.slice(0, q.at)}${' '.repeat(q.raw.length)}${free.slice(q.at + q.raw.length)}`;
  const many =
    /\bhow many (gpus|h100s|chips|accelerators|cards|tokens|users|customers|subscribers|hours|days|weeks|months|years)\b/.exec(
      free,
    );
  if (many) {
    const w = many[1]!;
    if (/^(tokens)$/.test(w)) return { dims: { token: 1 } };
    if (/^(users|customers|subscribers)$/.test(w)) return { dims: { user: 1 } };
    if (/^(hours|days|weeks|months|years)$/.test(w)) return { dims: { hour: 1 }, per: periodOf(w) };
    return { dims: { gpu: 1 }, noun: /^h100/.test(w) ? 'H100' : w.replace(/s$/, '').replace(/^gpu$/, 'GPU') };
  }
  // "how many runs would $100M cover": a plain number of the thing named.
  const times = /\bhow many (?:[a-z0-9.'’-]+ ){0,3}?([a-z]+s)\b/.exec(free);
  if (times && !/^(tokens|users|gpus|hours|days|weeks|months|years|times)$/.test(times[1]!))
    return { dims: {}, noun: times[1]!.replace(/s$/, '') };
  if (/\bhow long\b|\bbreak[- ]?even\b|\bpay ?back\b|\bpays? (for )?itself\b|\brecoup\b/.test(free))
    return { dims: { hour: 1 }, per: 'month' };
  const each =
    /\b(?:per|each|every|a) (gpu|h100|card|chip|user|seat|customer|subscriber|company|member|partner|firm|lab|token)\b/.exec(
      free,
    );
  // Money is asked when the user gives money, or gives no amount of tokens (a sourced sum may be the money).
  const money =
    quantities.some((q) => q.dims.usd === 1) || !quantities.some((q) => q.dims.token !== undefined && !q.dims.usd);
  if (each && money) {
    const w = each[1]!;
    const d = /^(gpu|h100|card|chip)$/.test(w)
      ? 'gpu'
      : /^(user|seat|customer|subscriber)$/.test(w)
        ? 'user'
        : w === 'token'
          ? 'token'
          : 'item';
    return { dims: { usd: 1, [d]: -1 } };
  }
  // The last period named is the one asked ("every month 100M tokens … yearly cost?").
  const rate = [
    ...free.matchAll(
      /\b(?:per|a|an|each|every) (hour|day|week|month|quarter|year)\b|\b(hourly|daily|weekly|monthly|quarterly|yearly|annually|annual)\b/g,
    ),
  ].pop();
  if (rate && money)
    return { dims: { usd: 1, hour: -1 }, per: rate[1] ?? (rate[2] === 'annual' ? 'year' : adverbPeriod(rate[2]!)) };
  return undefined;
}
