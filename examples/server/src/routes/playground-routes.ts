import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/** The playground's files: one page, its script and styles. No build step. */
const assets = [
  { path: '/', file: 'index.html', type: 'text/html; charset=utf-8' },
  {
    path: '/playground.js',
    file: 'playground.js',
    type: 'text/javascript; charset=utf-8',
  },
  { path: '/playground.css', file: 'playground.css', type: 'text/css; charset=utf-8' },
];

const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "img-src 'self' data:",
  "frame-ancestors 'none'",
].join('; ');

/** `public/` beside `dist/` (built: `dist/*.js`) or `src/` (tests: `src/routes/*.ts`). */
function findPublicDirectory(): URL {
  const candidates = ['../public/', '../../public/'].map(
    (relative) => new URL(relative, import.meta.url),
  );
  const found = candidates.find((url) => existsSync(new URL('index.html', url)));
  if (!found) throw new Error('[ttskit] [example-server] public/index.html is missing');
  return found;
}

/** `GET /`: the playground, read once at startup and served from memory. */
export function registerPlaygroundRoutes(app: FastifyInstance): void {
  const publicDirectory = findPublicDirectory();
  for (const asset of assets) {
    const body = readFileSync(new URL(asset.file, publicDirectory));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
    app.get(asset.path, async (request, reply) => {
      reply.headers({
        'content-type': asset.type,
        etag,
        'cache-control': 'no-cache',
        'content-security-policy': contentSecurityPolicy,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      });
      if (request.headers['if-none-match'] === etag) return reply.code(304).send();
      return reply.send(body);
    });
  }
}
