// The 6·N·D rule worked on one model's Epoch figures: the tokens its training compute implies for its parameter count
// (D = C ÷ 6N), the parameters for its data (N = C ÷ 6D), or the compute of its parameters and data (C = 6·N·D);
// Epoch's own figure for what is worked stands beside the result when it has one. Only when the rule is named
// ("C = 6ND", "÷ (6 × its parameter count)") and every number of the user's is that 6.
import type { Figure } from '../../knowledge/schema.js';
import type { Citer } from '../cite.js';
import type { ShownFigure } from '../datasets/answer.js';
import { formatCount, formatFigureValue, formatScientific } from '../format.js';
import { calculationReply, computedLine, totalLine } from '../replies.js';
import type { Reply } from '../types.js';
import type { Quantity } from '../understand/quantities.js';
import type { Question } from '../understand/question.js';

/** The rule named: "6ND", "C = 6·N·D", "C/6N". */
const RULE = /\b6\s?[*x×·]?\s?n\s?[*x×·]?\s?d\b|\b6nd\b|\bc\s?(?:\/|÷)\s?\(?\s?6\s?[*x×·]?\s?[nd]\b/;
/** The 6 written against the parameters or the data: "÷ (6 × its parameter count)", "6 times the tokens". */
const SIX_TIMES =
  /\b6\s*(?:[×x*·]|times)\s*(?:the |its |their )?(?:param\w*|tokens?|data\w*|n|d)\b|\b(?:param\w*|tokens?|n|d)\s*(?:[×x*·]|times)\s*6\b/;
/** What is asked by the words that ask it ("implied tokens", "how many params", "what compute"). */
const ASKED =
  /\b(?:implie[sd]|imply|how many|what|which|gives?|get)\s+(?:\w+\s+){0,2}?(tokens?|param\w*|compute|flops?)\b/;

/** What is asked by the last word, after a dash or colon: "… — compute?". */
const LAST_ASKED = /(?:[-–—:]|^)\s*(tokens?|param\w*|compute|flops?)\s*\??\s*$/;

type Part = 'compute' | 'params' | 'tokens';
const METRIC: Record<Part, string> = {
  compute: 'training_compute',
  params: 'parameters',
  tokens: 'dataset_size',
};

/** The part the question asks: from the unit it reads, else the words asking it. */
function partAsked(q: Question): Part | undefined {
  const d = q.target?.dims;
  if (d?.token === 1 && Object.keys(d).length === 1) return 'tokens';
  if (d?.flop === 1 && Object.keys(d).length === 1) return 'compute';
  const text = q.plain.toLowerCase();
  const word = ASKED.exec(text)?.[1] ?? LAST_ASKED.exec(text)?.[1];
  if (!word) return undefined;
  return /^tok/.test(word) ? 'tokens' : /^param/.test(word) ? 'params' : 'compute';
}

const shownValue = (part: Part, v: number) =>
  part === 'compute'
    ? `${formatScientific(v)} FLOP`
    : part === 'tokens'
      ? `${formatCount(v)} tokens`
      : `${formatCount(v)} parameters`;

/** The reply working the rule on one model's figures, or undefined when the question does not ask it so. */
export function sixNdWorked(q: Question, shown: ShownFigure[], user: Quantity[], citer: Citer): Reply | undefined {
  const text = q.plain.toLowerCase();
  const sixOnly = user.length === 1 && user[0]!.value === 6 && SIX_TIMES.test(text);
  if (!(RULE.test(text) && !user.length) && !sixOnly) return undefined;
  const models = [...new Set(shown.filter((s) => s.entity.kind === 'models').map((s) => s.entity))];
  if (models.length !== 1) return undefined;
  const model = models[0]!;
  const asked = partAsked(q);
  if (!asked) return undefined;
  const figureOf = (part: Part): Figure | undefined =>
    (model.data ?? []).find((f) => f.metric === METRIC[part] && f.value !== undefined && f.value > 0);
  const inputs = (['compute', 'params', 'tokens'] as Part[]).filter((p) => p !== asked);
  const [a, b] = inputs.map(figureOf);
  if (!a || !b) return undefined;
  const label = (f: Figure) => `${formatFigureValue(f)} (${citer.metricLabel(f)}, ${citer.sourceOf(f.source)})`;
  const value = asked === 'compute' ? 6 * a.value! * b.value! : a.value! / (6 * b.value!);
  const result = shownValue(asked, value);
  const formula = asked === 'compute' ? `6 × ${label(a)} × ${label(b)}` : `${label(a)} ÷ (6 × ${label(b)})`;
  const lines = [totalLine(`${result} by the 6·N·D rule`), computedLine(formula, undefined, result)];
  // Epoch's own figure for the part worked, to set the rule's estimate against.
  const own = figureOf(asked);
  if (own) lines.push(`Epoch's own figure: ${formatFigureValue(own)} (${own.scope}).`);
  return {
    ...calculationReply(lines),
    title: `${model.name} — the 6·N·D rule`,
    fields: [a, b, ...(own ? [own] : [])].map((f) => citer.field(f, model.name)),
    sources: citer.sources(),
  };
}
