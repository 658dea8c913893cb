// Command metadata: the single place help text is generated from. Each surface shows the same list.

/** What a command does, how to call it, and real examples (help renders these verbatim). */
export interface CommandSpec {
  name: string;
  usage: string;
  summary: string;
  examples: string[];
}

/** The engine's own commands; other modules (digest) register theirs with the dispatcher. */
export const ENGINE_COMMANDS: CommandSpec[] = [
  {
    name: 'ask',
    usage: '<question>',
    summary: 'Sourced figures and claims: training costs, revenues, licences, market sizes, concepts.',
    examples: ['what did DeepSeek V3 cost?', 'is llama actually open source', 'gross margin of the GLM maker?'],
  },
  {
    name: 'compare',
    usage: '<a> vs <b>',
    summary: 'Puts two figures side by side with the ratio and difference, one line per source.',
    examples: [
      'compare deepseek v3 gpt-4',
      'how much cheaper was DeepSeek V3 to train than GPT-4?',
      'anthropic vs openai valuation',
    ],
  },
  {
    name: 'calc',
    usage: '<expression or scenario>',
    summary: 'Arithmetic on money: k/M/B/T, %, ×, ÷, tokens × price, splits, GPU rental, self-host vs API.',
    examples: [
      'if 50 companies split a $1B model how much does each pay',
      '100M tokens at $0.07 per million',
      'H100 for a year: marketplace vs AWS',
    ],
  },
  {
    name: 'help',
    usage: '',
    summary: 'This list.',
    examples: ['help'],
  },
];
