import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built web pages (apps/web/dist), served from the same process as the API. */
export async function serveWebPages(app: NestFastifyApplication): Promise<void> {
  // apps/api/src when run from source (tests), dist/apps/api/src when built.
  const root = [join(__dirname, '..', '..', 'web', 'dist'), join(__dirname, '..', '..', '..', '..', 'apps', 'web', 'dist')].find(existsSync);
  if (!root) return;
  app.useStaticAssets({ root, prefix: '/', index: ['index.html'] });
}
