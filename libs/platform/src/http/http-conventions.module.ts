import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { ErrorResponsesFilter } from './error-responses.filter';
import { HealthController } from './health.controller';
import { ReadYourWritesInterceptor } from './read-your-writes.interceptor';

/** The API conventions shared by every context: error answers, read-your-writes, health and metrics. */
@Module({
  controllers: [HealthController],
  providers: [
    { provide: APP_FILTER, useClass: ErrorResponsesFilter },
    { provide: APP_INTERCEPTOR, useClass: ReadYourWritesInterceptor },
  ],
})
export class HttpConventionsModule {}
