// `npm run ask -- "question"` prints one answer; `npm run --silent ask -- --jsonl` answers each stdin
// line with exactly one JSON line {q, kind, intent, because, text} (blank lines included): `intent` is the row
// of the intent table that answered and `because` its reason. Logs go to stderr only.
// `--png FILE "question"` also writes the reply's chart, if it has one, as a PNG.
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { renderChartPng } from '../chart/render.js';
import { loadConfig } from '../config.js';
import { createEngine } from '../core/engine.js';
import { renderPlainText } from '../core/render-text.js';
import { loadKnowledge } from '../knowledge/load.js';

const args = process.argv.slice(2);
const pngAt = args.indexOf('--png');
const pngFile = pngAt >= 0 ? args[pngAt + 1] : undefined;
if (pngAt >= 0) args.splice(pngAt, 2);
if (pngAt >= 0 && !pngFile) {
  console.error('usage: npm run --silent ask -- --png FILE "chart the training costs of the most expensive models"');
  process.exit(2);
}
const config = loadConfig();
const engine = createEngine(loadKnowledge(config.AIECON_KNOWLEDGE_DIR));

if (args.includes('--jsonl')) {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    let out: { q: string; kind: string; intent?: string; because?: string; text: string };
    try {
      const reply = engine.answer({ text: line, surface: 'terminal' });
      out = { q: line, kind: reply.kind, intent: reply.intent, because: reply.because, text: renderPlainText(reply) };
    } catch {
      out = {
        q: line,
        kind: 'error',
        intent: 'error',
        because: 'the engine failed',
        text: 'Sorry — something went wrong answering that.',
      };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
} else {
  const question = args.join(' ');
  const reply = engine.answer({ text: question, surface: 'terminal' });
  console.log(renderPlainText(reply));
  if (pngFile && reply.chart) {
    const { png, width, height } = await renderChartPng(reply.chart);
    writeFileSync(pngFile, png);
    console.log(`Chart: ${pngFile} (${width}×${height} PNG) — ${reply.chart.caption}`);
  } else if (pngFile) console.log(`No chart for this answer, so ${pngFile} was not written.`);
}
