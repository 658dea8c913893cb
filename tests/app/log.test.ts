import { describe, expect, it } from 'vitest';
import { redact, registerSecret } from '../../src/log.js';

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
