import { Controller, Get, Inject, Req, Res, type OnApplicationShutdown } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { EVENT_STORE, type EventStore } from '../../../event-store/src';
import { ProjectionRuntime, type ConsumerStatus } from '../../../projections/src';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { HttpRequest } from './command-context.decorator';
import { Public, Roles } from './roles';

export interface Health {
  status: 'ok' | 'degraded' | 'unavailable';
  eventStore: { engine: string; status: 'up' | 'down'; headPosition?: string; error?: string };
  projections: ConsumerStatus[];
}

/** What anyone may know: whether the service is up. Store errors, lag and quarantined events are for admins. */
export interface PublicHealth {
  status: 'up' | 'down';
}

const LOOP_DELAY_RESOLUTION_MS = 10;

@ApiTags('health')
@Controller()
export class HealthController implements OnApplicationShutdown {
  private readonly startedAt = Date.now();
  /** How long the event loop was held up: what a synchronous step (a commit's fsync, a large query) costs every other request. */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: LOOP_DELAY_RESOLUTION_MS });

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly runtime: ProjectionRuntime,
  ) {
    this.loopDelay.enable();
  }

  onApplicationShutdown(): void {
    this.loopDelay.disable();
  }

  /** Public, for load balancers and operators: 503 when the event store cannot be reached; the detail for admins. */
  @Get('health')
  @Public()
  @ApiBearerAuth()
  async health(@Req() request: HttpRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<Health | PublicHealth> {
    const health = await this.detail();
    if (health.status === 'unavailable') reply.status(503);
    if (request.user?.role === 'admin') return health;
    return { status: health.status === 'unavailable' ? 'down' : 'up' };
  }

  private async detail(): Promise<Health> {
    const engine = this.config.eventStore;
    try {
      await this.store.ping();
      const headPosition = (await this.store.headPosition()).toString();
      const projections = await this.runtime.status();
      const troubled = projections.some((consumer) => consumer.state === 'failed' || consumer.quarantined !== undefined);
      return { status: troubled ? 'degraded' : 'ok', eventStore: { engine, status: 'up', headPosition }, projections };
    } catch (error) {
      return { status: 'unavailable', eventStore: { engine, status: 'down', error: (error as Error).message }, projections: [] };
    }
  }

  @Get('metrics')
  @Roles('admin')
  @ApiBearerAuth()
  async metrics(): Promise<Record<string, unknown>> {
    const memory = process.memoryUsage();
    // The histogram holds whole sampling intervals: an idle loop reads as the resolution, so that is taken off.
    const delayMs = (nanoseconds: number) => Math.max(0, Math.round(nanoseconds / 1e4) / 100 - LOOP_DELAY_RESOLUTION_MS);
    // Since the previous metrics request, so a scraper sees each interval on its own.
    const eventLoopDelayMs = { p50: delayMs(this.loopDelay.percentile(50)), p99: delayMs(this.loopDelay.percentile(99)), max: delayMs(this.loopDelay.max) };
    this.loopDelay.reset();
    return {
      uptimeSeconds: Math.round((Date.now() - this.startedAt) / 1000),
      memoryBytes: { rss: memory.rss, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal },
      eventLoopDelayMs,
      eventStore: { engine: this.config.eventStore, headPosition: (await this.store.headPosition()).toString() },
      consumers: await this.runtime.status(),
    };
  }
}
