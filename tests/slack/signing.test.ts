import { verifySlackRequest } from '@slack/bolt';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SLACK_SIGNATURE_MAX_AGE_S } from '../../src/adapters/slack/limits.js';
import { FORM, JSON_TYPE, postSigned, signSlackRequest, slashCommandBody } from '../support/slack-requests.js';
import { SECRET, type SlackFixture, startFixture } from './fixture.js';

// Slack's worked example. https://docs.slack.dev/authentication/verifying-requests-from-slack
// Note: the docs' token is xyzz0WbapA4vBCDEFasx0q6G; issue 3 quotes it as …C2ruRqdo, which signs differently.
const DOC_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const DOC_TS = 1531420618;
const DOC_BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const DOC_SIGNATURE = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';

describe('Slack request signing', () => {
  it("GIVEN Slack's documented example THEN the test signer reproduces its published signature", () => {
    expect(signSlackRequest(DOC_SECRET, DOC_TS, DOC_BODY)).toBe(DOC_SIGNATURE);
  });

  it('GIVEN the documented body with its token mistyped (as issue 3 quotes it) THEN the signature no longer matches', () => {
    const misquoted = DOC_BODY.replace('xyzz0WbapA4vBCDEFasx0q6G', 'xyzz0WbapA4vBCDEC2ruRqdo');
    expect(signSlackRequest(DOC_SECRET, DOC_TS, misquoted)).not.toBe(DOC_SIGNATURE);
  });

  it("GIVEN the documented example THEN Bolt's own verifier accepts it at that moment", () => {
    expect(() =>
      verifySlackRequest({
        signingSecret: DOC_SECRET,
        body: DOC_BODY,
        headers: { 'x-slack-signature': DOC_SIGNATURE, 'x-slack-request-timestamp': DOC_TS },
        nowMilliseconds: DOC_TS * 1000,
      }),
    ).not.toThrow();
  });
});

describe('Slack HTTP endpoint refuses unsigned or forged requests', () => {
  let f: SlackFixture;
  beforeAll(async () => {
    f = await startFixture();
  });
  afterAll(async () => f.close());
  beforeEach(() => f.standin.reset());

  const command = () => slashCommandBody({ text: 'what did DeepSeek V3 cost?', response_url: f.standin.responseUrl() });

  async function expectRefused(res: Response) {
    expect(res.status).toBe(401);
    await f.handled();
    expect(f.standin.calls.filter((c) => c.method !== 'auth.test')).toEqual([]);
  }

  it('GIVEN a correctly signed command THEN 200 (control case for the refusals below)', async () => {
    const res = await postSigned(f.events, { secret: SECRET, body: command(), contentType: FORM });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ response_type: 'ephemeral' });
  });

  it('GIVEN a tampered signature THEN 401 and nothing is posted', async () => {
    const res = await postSigned(f.events, {
      secret: SECRET,
      body: command(),
      contentType: FORM,
      signature: `v0=${'0'.repeat(64)}`,
    });
    await expectRefused(res);
  });

  it('GIVEN a body signed with the wrong secret THEN 401 and nothing is posted', async () => {
    await expectRefused(await postSigned(f.events, { secret: 'not-the-secret', body: command(), contentType: FORM }));
  });

  it('GIVEN a body changed after signing THEN 401 and nothing is posted', async () => {
    const ts = Math.floor(Date.now() / 1000);
    const signature = signSlackRequest(SECRET, ts, command());
    await expectRefused(
      await postSigned(f.events, {
        secret: SECRET,
        body: command().replace('DeepSeek', 'Llama'),
        contentType: FORM,
        timestamp: ts,
        signature,
      }),
    );
  });

  it('GIVEN no signature header THEN 401 and nothing is posted', async () => {
    await expectRefused(
      await postSigned(f.events, { secret: SECRET, body: command(), contentType: FORM, omit: ['signature'] }),
    );
  });

  it('GIVEN no timestamp header THEN 401 and nothing is posted', async () => {
    await expectRefused(
      await postSigned(f.events, { secret: SECRET, body: command(), contentType: FORM, omit: ['timestamp'] }),
    );
  });

  it('GIVEN a timestamp more than 5 minutes old (a replay) THEN 401 and nothing is posted', async () => {
    const stale = Math.floor(Date.now() / 1000) - SLACK_SIGNATURE_MAX_AGE_S - 60;
    await expectRefused(
      await postSigned(f.events, { secret: SECRET, body: command(), contentType: FORM, timestamp: stale }),
    );
  });

  it('GIVEN a forged JSON event THEN 401 and no message is posted', async () => {
    const body = JSON.stringify({
      type: 'event_callback',
      event: { type: 'app_mention', text: '<@UAIECONBOT> hi', channel: 'C1', user: 'U1', ts: '1.1' },
    });
    await expectRefused(await postSigned(f.events, { secret: 'wrong', body, contentType: JSON_TYPE }));
  });
});
