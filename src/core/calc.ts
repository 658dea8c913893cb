// A small safe parser for money arithmetic: numbers with k/M/B/T suffixes, $, %, + - × ÷ * / x, ^ and
// parentheses. Recursive descent with a depth limit; returns a Result, never throws, never evals.

/** Why an expression could not be evaluated; wording for users lives in replies.ts. */
export type CalcError = 'empty' | 'syntax' | 'divide-by-zero' | 'too-large' | 'too-deep' | 'too-long';

export type CalcResult = { ok: true; value: number; money: boolean } | { ok: false; error: CalcError; at?: number };

/** Deepest parenthesis nesting accepted; deeper input is refused rather than risking the stack. */
export const MAX_DEPTH = 32;
/** Longest expression accepted. */
export const MAX_EXPRESSION_CHARS = 500;
/** Largest magnitude reported; beyond it results are refused as meaningless. */
export const MAX_MAGNITUDE = 1e18;

/** Magnitude words and suffixes people type after a number ("5.6M", "300 grand"); shared with the unit reader. */
export const SUFFIX: Readonly<Record<string, number>> = {
  k: 1e3,
  thousand: 1e3,
  grand: 1e3,
  m: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  // "5 mil", "2 mill": million, said casually.
  mil: 1e6,
  mill: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
  t: 1e12,
  tn: 1e12,
  trillion: 1e12,
};

type Tok = { kind: 'num'; value: number; money: boolean; pos: number } | { kind: 'op'; op: string; pos: number };

function lex(src: string): Tok[] | CalcResult {
  const toks: Tok[] = [];
  const s = src
    .toLowerCase()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/,(?=\d{3}\b)/g, '');
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num =
      /^(\$|usd\s?)?(\d+(?:\.\d+)?|\.\d+)(e[+-]?\d+)?\s?(thousand|million|billion|trillion|mn|mm|bn|tn|k|m|b|t)?(?![a-z])\s?(%)?/.exec(
        s.slice(i),
      );
    if (num) {
      let value = Number(num[2]) * (num[3] ? 10 ** Number(num[3].slice(1)) : 1);
      if (num[4]) value *= SUFFIX[num[4]]!;
      if (num[5]) value /= 100;
      if (!Number.isFinite(value) || Math.abs(value) > MAX_MAGNITUDE) return { ok: false, error: 'too-large', at: i };
      toks.push({ kind: 'num', value, money: Boolean(num[1]), pos: i });
      i += num[0].length;
      continue;
    }
    if ('+-*/×÷x^()'.includes(c)) {
      const op = c === '×' || c === 'x' ? '*' : c === '÷' ? '/' : c;
      toks.push({ kind: 'op', op, pos: i });
      i++;
      continue;
    }
    return { ok: false, error: 'syntax', at: i };
  }
  return toks;
}

/** Evaluates an arithmetic expression over money amounts. */
export function evaluate(src: string): CalcResult {
  if (!src.trim()) return { ok: false, error: 'empty' };
  if (src.length > MAX_EXPRESSION_CHARS) return { ok: false, error: 'too-long' };
  const lexed = lex(src);
  if (!Array.isArray(lexed)) return lexed;
  const toks = lexed;
  let p = 0;
  let money = false;
  type R = { v: number } | { e: CalcError; at?: number };
  const fail = (e: CalcError, at?: number): R => ({ e, at });

  function primary(depth: number): R {
    if (depth > MAX_DEPTH) return fail('too-deep');
    const t = toks[p];
    if (!t) return fail('syntax');
    if (t.kind === 'num') {
      p++;
      money ||= t.money;
      return { v: t.value };
    }
    if (t.op === '(') {
      p++;
      const inner = sum(depth + 1);
      if ('e' in inner) return inner;
      const close = toks[p];
      if (close?.kind !== 'op' || close.op !== ')') return fail('syntax', close?.pos);
      p++;
      return inner;
    }
    if (t.op === '-' || t.op === '+') {
      p++;
      const r = primary(depth + 1);
      if ('e' in r) return r;
      return { v: t.op === '-' ? -r.v : r.v };
    }
    return fail('syntax', t.pos);
  }
  function power(depth: number): R {
    const base = primary(depth);
    if ('e' in base) return base;
    const t = toks[p];
    if (t && t.kind === 'op' && t.op === '^') {
      p++;
      const exp = power(depth + 1);
      if ('e' in exp) return exp;
      return { v: base.v ** exp.v };
    }
    return base;
  }
  function product(depth: number): R {
    let left = power(depth);
    if ('e' in left) return left;
    for (;;) {
      const t = toks[p];
      if (t?.kind !== 'op' || (t.op !== '*' && t.op !== '/')) return left;
      p++;
      const right = power(depth);
      if ('e' in right) return right;
      if (t.op === '/' && right.v === 0) return fail('divide-by-zero', t.pos);
      left = { v: t.op === '*' ? left.v * right.v : left.v / right.v };
    }
  }
  function sum(depth: number): R {
    let left = product(depth);
    if ('e' in left) return left;
    for (;;) {
      const t = toks[p];
      if (t?.kind !== 'op' || (t.op !== '+' && t.op !== '-')) return left;
      p++;
      const right = product(depth);
      if ('e' in right) return right;
      left = { v: t.op === '+' ? left.v + right.v : left.v - right.v };
    }
  }

  if (toks.length === 0) return { ok: false, error: 'empty' };
  // Count nesting up front so 10,000 "(" fail fast without deep recursion.
  let depth = 0;
  for (const t of toks) {
    if (t.kind === 'op' && t.op === '(') depth++;
    else if (t.kind === 'op' && t.op === ')') depth--;
    if (depth > MAX_DEPTH) return { ok: false, error: 'too-deep' };
  }
  const r = sum(0);
  if ('e' in r) return { ok: false, error: r.e, at: r.at };
  if (p !== toks.length) return { ok: false, error: 'syntax', at: toks[p]?.pos };
  if (!Number.isFinite(r.v) || Math.abs(r.v) > MAX_MAGNITUDE) return { ok: false, error: 'too-large' };
  return { ok: true, value: r.v, money };
}

/** True when a text looks like a bare arithmetic expression ("(191-5.6)/5.6", "$1B / 50", "1/0"). */
export function looksLikeExpression(text: string): boolean {
  const s = text
    .trim()
    .replace(/^(calc|calculate|compute|what is|what's|whats)\s+/i, '')
    .replace(/[?=]+$/, '');
  if (!/\d/.test(s) && !/^[\s()+\-*/×÷^]+$/.test(s)) return false;
  // A lone number ("1e400", "$5.6M") is an expression too: evaluating it reports overflow plainly.
  if (/^\s*\$?\d+(\.\d+)?(e[+-]?\d+)?\s*[kmbt]?\s*$/i.test(s)) return true;
  if (!/[+\-*/×÷^()]|\bx\b/.test(s)) return false;
  return (
    /^[\s$\d.,()+\-*/×÷x^%kmbtnhousandilr]*$/i.test(s) &&
    !/[a-z]{2,}/i.test(s.replace(/thousand|million|billion|trillion|mn|bn|tn/gi, ''))
  );
}

/** The expression part of "calc …" / "what is …" text. */
export function expressionOf(text: string): string {
  return text
    .trim()
    .replace(/^(calc|calculate|compute|what is|what's|whats)\s+/i, '')
    .replace(/[?=]+$/, '');
}

/** Money amounts written in free text: "$1B", "1 billion dollars", "$0.07", "100M tokens" (tokens counted separately). */
export interface Amount {
  value: number;
  money: boolean;
  /** What follows the number, lower-cased: "tokens", "companies", "users", "gpus"… */
  next: string;
  /** The word after `next`, lower-cased ("7B domain fine-tunes": "fine-tunes"), or "". */
  nextAfter?: string;
  index: number;
  raw: string;
  /** Written as the unit of a rate ("per 1M tokens", "/1k"): one, a thousand or a million after "per", no amount. */
  rateUnit?: boolean;
}

const SMALL: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

/** Spells numbers as digits: "fifty companies" → "50 companies", "a billion-dollar model" → "$1 billion model". */
export function digitsForWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/\bhalf a (million|billion|trillion)\b/g, '0.5 $1')
    .replace(
      /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)\b/g,
      (_, t: string, u: string) => String(SMALL[t]! + SMALL[u]!),
    )
    .replace(
      /\b(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b(?=\s+(hundred|thousand|million|billion|trillion|companies|company|firms|labs|members|partners|countries|people|teams|organi[sz]ations|businesses|players|ways|users|gpus|h100s|months|years|tokens)\b)/g,
      (w: string) => String(w === 'a' || w === 'an' ? 1 : SMALL[w]!),
    )
    .replace(/\b(\d+(?:\.\d+)?)\s?(thousand|million|billion|trillion)[- ]dollars?\b/g, '$$$1 $2');
}

/** Finds numbers with their scale and the word after them. */
export function findAmounts(text: string): Amount[] {
  const out: Amount[] = [];
  const s = digitsForWords(text).replace(/[\u2212\u2013\u2014]/g, '-');
  // A number glued to letters before it is part of a name ("H100", "GPT-4"'s 4 is not: the dash separates).
  const rx =
    /(\$|usd\s?|us\$)?(?<![a-z\d.])(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|grand|million|mill|mil|billion|trillion|mn|bn|tn|k|m|b|t)(?![a-z]))?(\s?(?:usd|dollars?))?\s*([a-z][a-z-]*)?/g;
  for (const m of s.matchAll(rx)) {
    const base = Number(m[2]!.replace(/,/g, ''));
    if (!Number.isFinite(base)) continue;
    const value = base * (m[3] ? SUFFIX[m[3]]! : 1);
    out.push({
      value,
      money: Boolean(m[1] || m[4] || m[3] === 'grand'),
      next: m[5] ?? '',
      nextAfter: m[5] ? (/^\s+([a-z][a-z-]*)/.exec(s.slice((m.index ?? 0) + m[0].length))?.[1] ?? '') : '',
      index: m.index ?? 0,
      raw: m[0].trim(),
      ...(!m[1] &&
      [1, 1e3, 1e6].includes(value) &&
      /(?:\bper|\/)\s*$/.test(s.slice(Math.max(0, (m.index ?? 0) - 6), m.index))
        ? { rateUnit: true }
        : {}),
    });
  }
  return out;
}
