import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

/** Where `npm run build:web` puts the pages: apps/web/dist, whether this file runs from source or from dist/. */
export function webPagesRoot(): string | undefined {
  const candidates = [join(__dirname, '..', '..', 'web', 'dist'), join(__dirname, '..', '..', '..', '..', 'apps', 'web', 'dist')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}

/**
 * Serves the built web pages from the same process as the API. Any path outside /api that is not a file is a
 * page of the single-page app, so it gets index.html (deep links and reloads work); /api stays Nest's.
 */
export async function serveWebPages(app: NestFastifyApplication): Promise<void> {
  const root = webPagesRoot();
  if (!root) return;
  await app.register(fastifyStatic, { root, serve: false });
  const fastify = app.getHttpAdapter().getInstance();
  fastify.get('/*', (request: FastifyRequest, reply: FastifyReply) => {
    const path = decodedPath(request.url);
    if (path === undefined || path === '/api' || path.startsWith('/api/')) return reply.callNotFound();
    const file = staticFile(root, path);
    if (file) {
      // Vite names built assets by content hash, so they never change under the same name.
      const hashed = file.startsWith(`assets${sep}`);
      return reply.sendFile(file, hashed ? { maxAge: '365d', immutable: true } : { maxAge: 0 });
    }
    if (extname(path)) return reply.callNotFound();
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { cacheControl: false });
  });
}

function decodedPath(url: string): string | undefined {
  try {
    return decodeURIComponent(url.split('?')[0]);
  } catch {
    return undefined; // malformed escapes: not a page, answered 404
  }
}

/** The file under `root` that `path` names, relative to root; undefined for directories, missing files and `..` escapes. */
function staticFile(root: string, path: string): string | undefined {
  const relative = normalize(path).replace(/^[/\\]+/, '');
  if (!relative || relative.startsWith('..')) return undefined;
  const absolute = join(root, relative);
  if (!absolute.startsWith(root + sep) || !existsSync(absolute) || !statSync(absolute).isFile()) return undefined;
  return relative;
}
