import { BadRequestException, createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { randomUUID } from 'node:crypto';
import type { CommandContext } from '../command-context';
import { contentHash, deterministicId, withCanonicalIds } from '../ids';
import type { AuthenticatedUser } from './roles';

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

export type HttpRequest = FastifyRequest & { user?: AuthenticatedUser; correlationId?: string };

/** The command context of an HTTP request: caller, ids for tracing and idempotency, and the request's hash. */
export function commandContextOf(request: HttpRequest): CommandContext {
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new BadRequestException({ message: ['Idempotency-Key must be 1 to 200 visible ASCII characters'], fields: { 'Idempotency-Key': ['invalid'] } });
  }
  const user = request.user!;
  const commandId = key ?? randomUUID();
  return {
    commandId,
    correlationId: request.correlationId ?? commandId,
    causationId: commandId,
    userId: user.userId,
    role: user.role,
    now: new Date(),
    requestHash: contentHash(withCanonicalIds({ method: request.method, route: request.routeOptions.url, params: request.params, body: request.body })),
    idempotencyKey: key,
  };
}

/** Injects the CommandContext of the request into a controller method. */
export const CommandCtx = createParamDecorator((_data: unknown, ctx: ExecutionContext) =>
  commandContextOf(ctx.switchToHttp().getRequest<HttpRequest>()),
);

/**
 * The id of an item being created: the client's own id when it sent one, one derived from its Idempotency-Key so
 * that a retry lands on the same item, or a new random one.
 */
export function newItemId(clientId: string | undefined, context: CommandContext, kind: string): string {
  if (clientId) return clientId;
  if (context.idempotencyKey) return deterministicId(kind, context.userId, context.idempotencyKey);
  return randomUUID();
}
