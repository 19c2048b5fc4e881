import net from 'node:net';

// Tests never leave loopback: AWS code probes the metadata address
// 169.254.169.254 when credentials are incomplete, and a typo in an endpoint
// must fail loudly instead of reaching the network.
const LOOPBACK = /^(?:localhost|127\.\d+\.\d+\.\d+|::1|\[::1\])$/;

type ConnectTarget = { host?: unknown; path?: unknown };

function targetHost(args: unknown[]): string | undefined {
  const [first, second] = args;
  if (Array.isArray(first)) return targetHost(first);
  if (first !== null && typeof first === 'object') {
    const target = first as ConnectTarget;
    if (typeof target.path === 'string') return undefined;
    return typeof target.host === 'string' ? target.host : 'localhost';
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return undefined;
  return typeof second === 'string' ? second : 'localhost';
}

const marker = Symbol.for('ttskit.test.loopbackOnly');
const prototype = net.Socket.prototype as net.Socket & { [marker]?: true };

if (!prototype[marker]) {
  prototype[marker] = true;
  const connect = prototype.connect;
  prototype.connect = function connectToLoopbackOnly(
    this: net.Socket,
    ...args: unknown[]
  ) {
    const host = targetHost(args);
    if (host !== undefined && !LOOPBACK.test(host)) {
      throw new Error(`[test] refused a connection to ${host}: tests stay on loopback`);
    }
    return (connect as (...connectArgs: unknown[]) => net.Socket).apply(this, args);
  } as typeof prototype.connect;
}
