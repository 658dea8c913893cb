// Posts to a response_url (slash command or button) over a keep-alive agent with node:http(s).
// Bolt's respond() does the same through axios, which cost ~0.3 ms of CPU per answer in bench:slack.
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** Slack answers a response_url within seconds; past this we give up and log. */
export const RESPONSE_URL_TIMEOUT_MS = 10_000;

const agents = { http: new HttpAgent({ keepAlive: true }), https: new HttpsAgent({ keepAlive: true }) };

/** Error carrying the HTTP status Slack returned for a response_url post. */
export class ResponseUrlError extends Error {
  readonly code = 'slack_response_url_failed';
  constructor(
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'ResponseUrlError';
  }
}

/** POSTs a JSON message to a response_url; resolves on 2xx, rejects with ResponseUrlError otherwise. */
export function postToResponseUrl(responseUrl: string, message: object): Promise<void> {
  const url = new URL(responseUrl);
  const secure = url.protocol === 'https:';
  if (!secure && url.protocol !== 'http:')
    return Promise.reject(new ResponseUrlError(undefined, `unsupported response_url protocol ${url.protocol}`));
  const body = JSON.stringify(message);
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        agent: secure ? agents.https : agents.http,
        timeout: RESPONSE_URL_TIMEOUT_MS,
        headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => {
          const status = res.statusCode ?? 0;
          if (status >= 200 && status < 300) resolve();
          else reject(new ResponseUrlError(status, `response_url answered HTTP ${status}`));
        });
      },
    );
    req.on('timeout', () =>
      req.destroy(new ResponseUrlError(undefined, `response_url timed out after ${RESPONSE_URL_TIMEOUT_MS} ms`)),
    );
    req.on('error', (err) =>
      reject(err instanceof ResponseUrlError ? err : new ResponseUrlError(undefined, err.message)),
    );
    req.end(body);
  });
}
