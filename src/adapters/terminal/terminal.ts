// Terminal adapter: a readline prompt on the same dispatcher the chat adapters use.
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import type { Dispatcher } from '../../app/dispatcher.js';
import { renderPlainText } from '../../core/render-text.js';

const QUIT = /^\s*(quit|exit|bye|:q)\s*$/i;

/** Runs the interactive prompt until Ctrl-D or "quit"; resolves when the prompt closes. */
export function runTerminal(
  dispatcher: Dispatcher,
  input: NodeJS.ReadableStream = process.stdin,
  output: NodeJS.WritableStream = process.stdout,
): Promise<void> {
  const rl = createInterface({
    input,
    output,
    terminal: Boolean((input as { isTTY?: boolean }).isTTY),
    prompt: 'aiecon> ',
  });
  output.write('aiecon — ask about the economics of open AI. Type "help" for examples, "quit" or Ctrl-D to leave.\n');
  rl.prompt();
  // One session is one conversation: "and what licence is it under?" follows the question before it.
  const ctx = {
    surface: 'terminal',
    channelId: 'terminal',
    userId: 'terminal',
    conversationId: `terminal:${randomUUID()}`,
  } as const;
  let queue = Promise.resolve();
  rl.on('line', (line) => {
    queue = queue.then(async () => {
      if (QUIT.test(line)) return void rl.close();
      if (line.trim()) output.write(`${renderPlainText(await dispatcher.dispatch(line, ctx))}\n`);
      rl.prompt();
    });
  });
  return new Promise((resolve) =>
    rl.on(
      'close',
      () =>
        void queue.then(() => {
          output.write('\n');
          resolve();
        }),
    ),
  );
}
