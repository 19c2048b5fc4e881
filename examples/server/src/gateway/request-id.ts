import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const acceptable = /^[\w.:-]{1,128}$/;

/**
 * The request id: the caller's `X-Request-Id` when it is a sane token (a
 * proxy in front sets it, so logs line up end to end), else a new UUID.
 * Every response carries it back in `X-Request-Id`.
 */
export function requestIdOf(request: IncomingMessage): string {
  const given = request.headers['x-request-id'];
  return typeof given === 'string' && acceptable.test(given) ? given : randomUUID();
}
