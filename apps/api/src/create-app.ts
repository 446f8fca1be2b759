import { ConsoleLogger, UnsupportedMediaTypeException } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppConfig } from '../../../libs/platform/src/config/app-config';
import { bodyShapeProblem } from '../../../libs/platform/src/http/body-shape';
import { edgeValidationPipe } from '../../../libs/platform/src/http/validation';
import { ProjectionRuntime } from '../../../libs/projections/src';
import { AppModule } from './app.module';
import { closeIdleConnectionsWhileDraining } from './close-idle-on-drain';
import { serveWebPages } from './web-pages';

/**
 * Pages and API docs load only this origin's own scripts, styles and data: an injected script or a form posting
 * elsewhere is refused by the browser. Inline styles stay allowed (Swagger UI sets them); inline scripts do not.
 * No upgrade-insecure-requests: the register may be served over plain HTTP inside a camp network.
 */
const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** Requests larger than this are refused with 413 before they are parsed. */
export const BODY_LIMIT_BYTES = 256 * 1024;

/** The one body type every route takes; a future upload route would register its own type beside it. */
const ACCEPTED_BODY_TYPE = 'application/json';

/** Builds the HTTP application (used by main.ts and by the end-to-end tests) and starts its consumers. */
export async function createApp(config: AppConfig, options: { logger?: false } = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    // request.ip (and with it the per-address sign-in limit) is the client's, not the proxy's, behind a trusted proxy.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    // JSON.parse makes `__proto__` an own key, not the prototype; the preValidation hook then refuses it by name.
    onProtoPoisoning: 'ignore',
    onConstructorPoisoning: 'ignore',
    genReqId: (request: IncomingMessage) => {
      const given = request.headers['x-correlation-id'];
      return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: options.logger ?? new ConsoleLogger({ json: true }),
    bufferLogs: false,
    // Rethrown rather than process.exit(1) inside Nest: main.ts says in one line why the service could not start.
    abortOnError: false,
    // Nest would add a form parser: a form on any web site could then post sign-in attempts from a visitor's browser.
    bodyParser: false,
  });
  const fastify = app.getHttpAdapter().getInstance();
  acceptJsonBodiesOnly(fastify);
  fastify.addHook('onRequest', async (request, reply) => {
    (request as { correlationId?: string }).correlationId = request.id;
    reply.header('x-correlation-id', request.id);
    // Answers carry tokens and personal data: no browser or proxy may keep them. The pages' assets stay cacheable.
    if (request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?')) reply.header('cache-control', 'no-store');
  });
  closeIdleConnectionsWhileDraining(fastify);
  fastify.addHook('preValidation', async (request, reply) => {
    // The query too: `?toString=1` would be dropped as silently as a body key.
    const problem = bodyShapeProblem(request.body) ?? bodyShapeProblem(request.query);
    if (problem === undefined) return;
    // Shaped like the validation pipe's answer, so a client shows it next to the field the same way.
    const { field, message } = problem;
    const refusal = field === undefined ? { message } : { message: [`${field}: ${message}`], fields: { [field]: [message] } };
    return reply.code(400).send({ statusCode: 400, error: 'Bad Request', ...refusal });
  });
  if (options.logger !== false) {
    const logger = new ConsoleLogger('http', { json: true });
    fastify.addHook('onResponse', async (request, reply) => {
      logger.log({
        message: 'request',
        correlationId: request.id,
        method: request.method,
        url: request.url.split('?')[0],
        status: reply.statusCode,
        ms: Math.round(reply.elapsedTime),
      });
    });
  }
  await app.register(helmet, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
  app.setGlobalPrefix('api');
  app.useGlobalPipes(edgeValidationPipe());
  // On SIGTERM: HTTP drains first, then the storage closer; exit 0 says the drain completed (1 if it failed).
  app.enableShutdownHooks(['SIGTERM', 'SIGINT'], { useProcessExit: true });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Risk and Incident Register')
      .setDescription('Incidents, CIVCAS reviews, parliamentary notifications, risks and reporting for the Dutch contribution in Iraq')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  await serveWebPages(app);
  await app.init();
  app.get(ProjectionRuntime).start();
  return app;
}

/** Fastify's own JSON parser stays; text (its other default) and every other type is answered 415 naming JSON. */
function acceptJsonBodiesOnly(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser('text/plain');
  fastify.addContentTypeParser('*', (_request, _payload, done) => {
    done(new UnsupportedMediaTypeException(`Request bodies must be ${ACCEPTED_BODY_TYPE}`), undefined);
  });
}
