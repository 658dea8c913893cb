import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSX = join(ROOT, 'node_modules/.bin/tsx');
// No chat credentials, so `main` runs the terminal bot; a temp database keeps the tree clean.
const ENV = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  AIECON_DB: join(mkdtempSync(join(tmpdir(), 'aiecon-term-')), 'aiecon.db'),
  LOG_LEVEL: 'warn',
};

function run(
  args: string[],
  input: string,
  timeoutMs = 20_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, args, { cwd: ROOT, env: ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`timed out; stdout so far: ${stdout.slice(0, 500)} stderr: ${stderr.slice(0, 500)}`));
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

describe('ask --jsonl (spawned process, real stdin/stdout)', () => {
  it('GIVEN questions with blank, hostile and data-set lines THEN writes exactly one JSON line per input line, in order, each naming the intent that answered and why', async () => {
    const lines = [
      'what did DeepSeek V3 cost?',
      '',
      'help',
      '<!channel> @everyone hi',
      '1/0',
      'what did Zephyr-Orca 13B cost?',
      'what does gpt-4o cost per million input tokens?',
    ];
    const { code, stdout } = await run(['src/cli/ask.ts', '--jsonl'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const out = stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length);
    const parsed = out.map(
      (l) => JSON.parse(l) as { q: string; text: string; kind: string; intent?: string; because?: string },
    );
    expect(parsed.map((p) => p.q)).toEqual(lines);
    for (const p of parsed) {
      expect(p.intent, p.q).toMatch(/^[a-z-]+$/);
      expect(p.because?.length, p.q).toBeGreaterThan(5);
    }
    expect(parsed[6]).toMatchObject({ intent: 'data-set', because: 'asks for a token price' });
    expect(parsed[0]!.text).toMatch(/\$5\.6M/);
    expect(parsed[1]!.kind).toBe('error');
    expect(parsed[2]!.kind).toBe('help');
    expect(parsed[3]!.text).not.toMatch(/<!channel>|@everyone/);
    expect(parsed[4]!.text).toMatch(/divides by zero/);
    expect(parsed[5]!.kind).toBe('unknown');
    expect(parsed[6]!.text).toMatch(/GPT-4o/);
  });

  it('GIVEN one question as arguments THEN prints one plain-text answer', async () => {
    const { code, stdout } = await run(['src/cli/ask.ts', 'how much was gpt-3'], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/GPT-3/);
    expect(stdout).toMatch(/\$4\.6M/);
  });
});

describe('ask --png (spawned process)', () => {
  it('GIVEN a chart question THEN writes a PNG of at least 600×300 and prints the text answer', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aiecon-png-')), 'chart.png');
    const { code, stdout } = await run(
      ['src/cli/ask.ts', '--png', file, 'chart the training costs of the most expensive models'],
      '',
      40_000,
    );
    expect(code).toBe(0);
    // The text answer: the chart's figures, each cited.
    expect(stdout).toMatch(/\d+ sourced figures:$/m);
    expect(stdout).toMatch(/^• .+: .+ \[.+ · .+\]$/m);
    expect(stdout).toMatch(/Chart: .*chart\.png \(\d+×\d+ PNG\) — Sources: /);
    const png = readFileSync(file);
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(600);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(300);
  });

  it('GIVEN a question with no chart THEN prints the answer and writes no file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aiecon-png-')), 'chart.png');
    const { code, stdout } = await run(['src/cli/ask.ts', '--png', file, 'what did gpt-3 cost?'], '');
    expect(code).toBe(0);
    expect(stdout).toMatch(/\$4\.6M/);
    expect(existsSync(file)).toBe(false);
  });
});

describe('npm start with no chat credentials (terminal bot)', () => {
  it('GIVEN a question then "quit" THEN answers at the prompt and exits cleanly', async () => {
    const { code, stdout, stderr } = await run(['src/main.ts'], 'what did deepseek r1 cost to train\nquit\n');
    expect(code).toBe(0);
    expect(stderr).toContain('aiecon started: terminal');
    expect(stdout).toMatch(/aiecon>/);
    expect(stdout).toMatch(/DeepSeek R1/);
    expect(stdout).toMatch(/\$294K/);
  });

  it('GIVEN a question then a follow-up that names nothing THEN the follow-up is answered about the same model', async () => {
    const { code, stdout } = await run(
      ['src/main.ts'],
      'what did DeepSeek V3 cost?\nand what licence is it under?\nquit\n',
    );
    expect(code).toBe(0);
    const answers = stdout.split('aiecon> ').slice(1);
    expect(answers[0]).toMatch(/^DeepSeek V3 — training cost/);
    expect(answers[1]!.split('\n')[0]).toMatch(/DeepSeek V3\b/);
    expect(answers[1]).toMatch(/MIT and custom licences/);
    expect(answers[1]).not.toMatch(/which one do you mean/i);
  });

  it('GIVEN end of input (Ctrl-D) THEN exits cleanly after answering', async () => {
    const { code, stdout } = await run(['src/main.ts'], 'help\n');
    expect(code).toBe(0);
    expect(stdout).toMatch(/what I can do/);
  });
});
