import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  EventStoreUnavailableError,
  InvalidAppendError,
  StreamNotFoundError,
  WrongExpectedRevisionError,
} from '../../../event-store/src';
import { ConflictError, ItemNotFoundError } from '../command-errors';
import { DomainRuleViolation } from '../decider';

/**
 * The one place where failures become HTTP answers: 404 unknown item, 409 conflict, 422 broken rule,
 * 503 store unavailable. Anything unforeseen is logged and answered 500 without internals.
 */
@Catch()
export class ErrorResponsesFilter implements ExceptionFilter {
  private readonly logger = new Logger('http');

  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const [status, body] = this.toResponse(error);
    if (status === HttpStatus.SERVICE_UNAVAILABLE) reply.header('Retry-After', '1');
    // A refusal that knows how long the client must wait (sign-in backoff) says so where clients look: the header.
    if (status === HttpStatus.TOO_MANY_REQUESTS && typeof body.retryAfter === 'number') reply.header('Retry-After', String(body.retryAfter));
    // A 503 is the service saying "not now" (store down, read models behind), by design: one line, not a stack.
    if (status === HttpStatus.SERVICE_UNAVAILABLE) this.logger.warn({ message: 'request refused for now', reason: body.message });
    else if (status >= 500) this.logger.error({ message: 'request failed', error: (error as Error)?.stack ?? String(error) });
    reply.status(status).send({ statusCode: status, ...body });
  }

  private toResponse(error: unknown): [number, Record<string, unknown>] {
    if (error instanceof HttpException) {
      const response = error.getResponse();
      return [error.getStatus(), typeof response === 'string' ? { message: response } : (response as Record<string, unknown>)];
    }
    if (error instanceof DomainRuleViolation) return [422, { error: 'Unprocessable Entity', message: error.message }];
    if (error instanceof ConflictError || error instanceof WrongExpectedRevisionError) {
      return [409, { error: 'Conflict', message: error.message }];
    }
    if (error instanceof ItemNotFoundError || error instanceof StreamNotFoundError) {
      return [404, { error: 'Not Found', message: error.message }];
    }
    if (error instanceof InvalidAppendError) return [400, { error: 'Bad Request', message: error.message }];
    if (error instanceof EventStoreUnavailableError) {
      return [503, { error: 'Service Unavailable', message: 'The event store is unavailable; nothing was written. Try again.' }];
    }
    // Fastify's own refusals (malformed JSON, body too large, wrong content type) carry their 4xx status.
    const statusCode = (error as { statusCode?: unknown })?.statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
      return [statusCode, { error: HttpStatus[statusCode] ?? 'Bad Request', message: (error as Error).message }];
    }
    return [500, { error: 'Internal Server Error', message: 'Something went wrong; nothing you sent was half-written.' }];
  }
}
