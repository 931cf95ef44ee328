import type { ClientRequest, IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { RequestOptions } from 'node:https';

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  /** The body as sent; `body` is the same parsed as JSON, or this text where it is not JSON (files, pages). */
  text: string;
  body: unknown;
}

/**
 * Sends one request with node:http's or node:https's `request` (the hosts' tests speak both) and reads the whole
 * answer. The options are https's (http's plus TLS), so a test states exactly the host, headers and TLS it means.
 */
export function send(
  request: (options: RequestOptions, onResponse: (res: IncomingMessage) => void) => ClientRequest,
  options: RequestOptions,
  body?: string,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(options, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text, body: parsed(text) });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
