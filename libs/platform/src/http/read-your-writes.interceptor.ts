import { Injectable, ServiceUnavailableException, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { from, switchMap, type Observable } from 'rxjs';
import { ProjectionRuntime } from '../../../projections/src';
import { PUBLIC_KEY } from './roles';

/** How long a query may wait for the read models before it answers 503. */
export const READ_YOUR_WRITES_TIMEOUT_MS = 5000;

/** Queries reflect every event committed before they arrived: they wait, bounded, for the read models. */
@Injectable()
export class ReadYourWritesInterceptor implements NestInterceptor {
  constructor(
    private readonly runtime: ProjectionRuntime,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [context.getHandler(), context.getClass()]);
    if (request.method !== 'GET' || isPublic) return next.handle();
    return from(this.runtime.waitUntilCaughtUp(READ_YOUR_WRITES_TIMEOUT_MS)).pipe(
      switchMap((caughtUp) => {
        if (!caughtUp) {
          throw new ServiceUnavailableException('The read models are still catching up with recent changes; try again shortly');
        }
        return next.handle();
      }),
    );
  }
}
