// Names across data sets: one canonical key per model whatever the spelling ("claude-3-5-sonnet-20241022",
// "Claude 3.5 Sonnet", "anthropic/claude-3.5-sonnet" → "3.5 claude sonnet"), and ids and display names.
import { tokenize } from '../knowledge/normalize.js';
import { RecentMemo } from '../knowledge/recent.js';

/** This module's URL: structures cached from canonical keys are rebuilt when the keys change. */
export const MODEL_KEY_MODULE = import.meta.url;

/** Words that name a serving variant, not a different model: dropped from the key. */
const NOISE = new Set(['instruct', 'chat', 'it', 'hf', 'latest', 'maas', 'fp8', 'bf16', 'fp16', 'awq', 'gguf']);

/** Makers whose name is never the first word of a model's own name. */
const MAKER_PREFIX = new Set([
  'amazon',
  'google',
  'meta',
  'microsoft',
  'nvidia',
  'openai',
  'anthropic',
  'ibm',
  'tencent',
  'baidu',
  'huawei',
  'alibaba',
  'apple',
  'xai',
]);

/** Words `modelKey` may drop from a name (serving words, a maker in front, "meta-" before "llama"): any other word
 * of two letters or more, outside a route or vendor prefix, is kept in the key. */
export const MODEL_KEY_DROPS: ReadonlySet<string> = new Set([...NOISE, ...MAKER_PREFIX, 'meta']);

/** Strips what providers add around a model name: routes ("openrouter/"), regions ("us."), vendor prefixes
 * ("anthropic.", "meta-llama/"), dates ("-20241022", "-2024-08-06", "(Mar 2023)") and versions ("-v1:0"). */
export function bareModelName(raw: string): string {
  let s = raw.trim().replace(/\s+/g, ' ');
  s = s.replace(/\s*\([^)]*\)\s*$/, ''); // Epoch's "(Mar 2023)" version labels
  // "openrouter/…/llama-3-70b" → the last part, unless that is no name at all ("STORM-B/8").
  const tail = s.slice(s.lastIndexOf('/') + 1);
  if (/[a-z]/i.test(tail)) s = tail;
  // A vendor prefix has two letters or more: "A.X K1" is SK Telecom's name, not the model "X K1" from a vendor "a".
  s = s.replace(/^((us|eu|apac|global|au|jp|ca)\.)?([a-z0-9-]{2,}\.)(?=[a-z])/i, (m, _r, _g, vendor: string) =>
    /^\d/.test(vendor) ? m : '',
  );
  s = s.replace(/([-@]v?\d+)?:\d+$/i, ''); // Bedrock's "-v2:0", "-1:0", ":0"
  s = s.replace(/-v0\.\d+$/i, ''); // "mixtral-8x7b-instruct-v0.1"
  s = s.replace(/-0\d\d$/, ''); // "gemini-1.5-pro-002"
  // Release dates: "-20241022", "-2024-08-06", and four-digit month-day codes ("-0613") at the end.
  s = s.replace(/[-_ ]?(20\d\d[-_]?[01]\d[-_]?[0-3]\d|[01]\d[0-3]\d)$/, '');
  s = s.replace(/(\d)p(\d)/g, '$1.$2'); // Fireworks writes "k2p5" for K2.5
  // A version then a year-month code ("mistral-small-3-2-2506", "3.1-2503"): the version names the model.
  s = s.replace(/(\d[-.]\d{1,2})[-_](2[3-9](0[1-9]|1[0-2]))$/, '$1');
  s = s.replace(/^meta-llama-/i, 'llama-').replace(/^meta-(?=llama)/i, '');
  return s;
}

/** Recent canonical keys: a question's spans are keyed by the data-set name finder each time it reads the question
 * (whole, then each part). Bounded. */
const MODEL_KEYS = new RecentMemo<string>(1024, (raw) => modelKeyOnce(raw));

/** The canonical key: lower-case tokens of the bare name, "3-5" read as 3.5, serving words dropped, sorted. */
export function modelKey(raw: string): string {
  return MODEL_KEYS.get(raw);
}

function modelKeyOnce(raw: string): string {
  // "Command R+" is not "Command R": the tokeniser drops "+", so it is read as the word "plus".
  const bare = bareModelName(raw).replace(/([a-z0-9])\+(?![a-z0-9])/gi, '$1 plus');
  const lower = bare.toLowerCase();
  const toks = tokenize(bare);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = out[out.length - 1];
    const gap = i > 0 ? lower.slice(toks[i - 1]!.end, t.start) : '';
    // "claude-3-5", "llama3-1": two single digits joined by a dash are one version number.
    if (prev && /^\d$/.test(prev) && /^\d$/.test(t.t) && (gap === '-' || gap === '_') && i >= 1) {
      out[out.length - 1] = `${prev}.${t.t}`;
      continue;
    }
    if (NOISE.has(t.t)) continue;
    out.push(t.t);
  }
  // "70 b" and "70b" are one token in a key, so "8x7b" and "8x 7b" meet.
  const glued: string[] = [];
  for (const t of out) {
    const prev = glued[glued.length - 1];
    if (prev && /^\d+(\.\d+)?$/.test(prev) && /^[bmkt]$/.test(t)) glued[glued.length - 1] = `${prev}${t}`;
    else glued.push(t);
  }
  // "Amazon Nova Pro" and "nova-pro", "NVIDIA Nemotron 3 Ultra" and "nemotron-3-ultra": a maker's name in
  // front of a model name is not part of it (but "Mistral Large" and "DeepSeek V3" are model names).
  if (glued.length > 1 && MAKER_PREFIX.has(glued[0]!)) glued.shift();
  return [...new Set(glued)].sort().join(' ');
}

/** A lower-case id from a display name: "Llama 3.1 70B" → "llama-3.1-70b". */
export function slug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w.\s-]+/g, ' ')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, '');
}

/** A display name from a provider id when no data set names the model: "llama-3.1-70b-instruct" → "Llama 3.1 70B". */
export function displayName(raw: string): string {
  const bare = bareModelName(raw)
    .replace(/[-_](instruct|chat|latest|it|hf)\b/gi, '')
    .replace(/(\d)-(\d)(?=\D|$)/g, '$1.$2')
    .replace(/([a-z]{3,})(\d)/gi, '$1 $2');
  return bare
    .split(/[-_ ]+/)
    .filter(Boolean)
    .map((w) =>
      /^\d+(\.\d+)?[bmk]$/i.test(w)
        ? w.toUpperCase()
        : /^(gpt|glm|qwq|mmlu)$/i.test(w)
          ? w.toUpperCase()
          : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ')
    .replace(/^Gpt/, 'GPT');
}

/** A price list's all-lower-case name written as its maker does: "gpt 4o mini" → "GPT-4o mini", "gemini 1.5
 * flash" → "Gemini 1.5 Flash". Names with any capital ("o3 Mini", "mT0") are the maker's own spelling, kept. */
export function tidyName(name: string): string {
  if (name !== name.toLowerCase() || !name.includes(' ')) return name;
  const gpt = /^gpt[\s-]+(\S+)(.*)$/.exec(name);
  if (gpt) return `GPT-${gpt[1]}${gpt[2]}`;
  return name.replace(/(^|\s)([a-z])(?=[a-z]{2})/g, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

/** Rounds to `digits` significant digits, so regenerated files do not churn on float noise. */
export function round(n: number, digits = 4): number {
  if (n === 0 || !Number.isFinite(n)) return n;
  return Number(n.toPrecision(digits));
}
