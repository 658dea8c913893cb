// `npm run ask -- "question"` prints one answer; `npm run --silent ask -- --jsonl` answers each stdin
// line with exactly one JSON line {q, kind, text} (blank lines included). Logs go to stderr only.
import { createInterface } from 'node:readline';
import { loadConfig } from '../config.js';
import { createEngine } from '../core/engine.js';
import { renderPlainText } from '../core/render-text.js';
import { loadKnowledge } from '../knowledge/load.js';

const args = process.argv.slice(2);
const config = loadConfig();
const engine = createEngine(loadKnowledge(config.AIECON_KNOWLEDGE_DIR));

if (args.includes('--jsonl')) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    let text: string;
    let kind: string;
    try {
      const reply = engine.answer({ text: line, surface: 'terminal' });
      text = renderPlainText(reply);
      kind = reply.kind;
    } catch {
      text = 'Sorry — something went wrong answering that.';
      kind = 'error';
    }
    process.stdout.write(`${JSON.stringify({ q: line, kind, text })}\n`);
  }
} else {
  const question = args.join(' ');
  console.log(renderPlainText(engine.answer({ text: question, surface: 'terminal' })));
}
