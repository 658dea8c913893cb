import { describe, expect, it } from 'vitest';
import { log, redact, registerSecret, setLogLevel } from '../../src/log.js';

describe('logging never leaks a token', () => {
  it('GIVEN Slack and Discord token shapes THEN they are redacted wherever they appear', () => {
    const text = redact(
      'auth xoxb-123-456-abcdef and xapp-1-A0-99 and Bot MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.abcdefghijklmnopqrstuvwxyz12',
    );
    expect(text).not.toMatch(/xoxb-|xapp-|MTIzNDU2/);
  });

  it('GIVEN a configured secret of any shape THEN it is redacted too', () => {
    registerSecret('s3cr3t-signing-value');
    expect(redact('{"secret":"s3cr3t-signing-value"}')).toBe('{"secret":"[redacted]"}');
  });
});

describe('log lines', () => {
  function capture(run: () => void): string[] {
    const lines: string[] = [];
    const original = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    }) as typeof process.stderr.write;
    try {
      run();
    } finally {
      process.stderr.write = original;
    }
    return lines;
  }

  it('GIVEN an error carrying a token THEN one JSON line is written with level, message and the error, token removed', () => {
    registerSecret('discord-token-value-123');
    const [line, ...rest] = capture(() =>
      log.error('post failed', { err: new Error('401 for discord-token-value-123 and xoxb-1-2-abc'), channel: 'C1' }),
    );
    expect(rest).toEqual([]);
    const parsed = JSON.parse(line!);
    expect(parsed).toMatchObject({ level: 'error', msg: 'post failed', channel: 'C1' });
    expect(parsed.err.message).toBe('401 for [redacted] and [redacted]');
    expect(line).not.toMatch(/discord-token-value|xoxb-/);
  });

  it('GIVEN a database URL with a password THEN the password is redacted and the host kept', () => {
    expect(redact('connect postgres://aiecon:hunter2pass@db:5432/aiecon failed')).toBe(
      'connect postgres://aiecon:[redacted]@db:5432/aiecon failed',
    );
  });

  it('GIVEN a level above the one set THEN nothing is written', () => {
    setLogLevel('warn');
    expect(capture(() => log.info('quiet'))).toEqual([]);
    setLogLevel('info');
  });
});
