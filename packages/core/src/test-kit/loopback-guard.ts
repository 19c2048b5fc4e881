import net, { isIP } from 'node:net';

const loopbackNames = new Set(['localhost', '127.0.0.1', '::1', '::ffff:127.0.0.1']);

function isLoopback(host: string | undefined): boolean {
  if (host === undefined || host === '') return true; // a Unix socket or the default host
  if (loopbackNames.has(host)) return true;
  return isIP(host) === 4 && host.startsWith('127.');
}

export type LoopbackGuard = {
  /** Connections that were refused, as `host:port`. */
  readonly refused: readonly string[];
  /** Puts `net.Socket.prototype.connect` back. */
  restore(): void;
};

/**
 * Makes every TCP connection that is not to loopback fail at once with an
 * error naming the address, so a test that would reach a real cloud (or a
 * metadata server at 169.254.169.254) fails loudly instead of waiting. Call
 * it from a vitest setup file; `restore()` undoes it.
 */
export function guardLoopbackOnly(): LoopbackGuard {
  const refused: string[] = [];
  const original = net.Socket.prototype.connect;
  // biome-ignore lint/suspicious/noExplicitAny: connect has many overloads
  net.Socket.prototype.connect = function connect(this: net.Socket, ...args: any[]) {
    // net.connect() hands connect() its normalized arguments as one array
    const [first, second] = Array.isArray(args[0]) ? args[0] : args;
    const options =
      typeof first === 'object' && first !== null ? first : { port: first, host: second };
    const host = typeof options.host === 'string' ? options.host : undefined;
    if (options.path === undefined && !isLoopback(host)) {
      const address = `${host}:${options.port}`;
      refused.push(address);
      const error = new Error(
        `[ttskit] test-kit: a test tried to connect to ${address}; only loopback is allowed`,
      );
      process.nextTick(() => this.destroy(error));
      return this;
    }
    return original.apply(this, args as Parameters<typeof original>);
  } as typeof original;
  return {
    refused,
    restore() {
      net.Socket.prototype.connect = original;
    },
  };
}
