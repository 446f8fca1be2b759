import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ActivitiesModule } from '../../../libs/activities/src/activities.module';
import { AuthModule } from '../../../libs/auth/src/auth.module';
import { CasualtyReviewsModule } from '../../../libs/casualty-reviews/src/casualty-reviews.module';
import { IncidentsModule } from '../../../libs/incidents/src/incidents.module';
import { NotificationsModule } from '../../../libs/notifications/src/notifications.module';
import type { AppConfig } from '../../../libs/platform/src/config/app-config';
import { HttpConventionsModule } from '../../../libs/platform/src/http/http-conventions.module';
import { StorageModule } from '../../../libs/platform/src/storage.module';
import { ReportingModule } from '../../../libs/reporting/src/reporting.module';
import { RisksModule } from '../../../libs/risks/src/risks.module';
import { EVENT_SCHEMAS } from './event-schemas';

/** The whole register: shared building blocks plus one module per bounded context. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        StorageModule.forRoot(config, EVENT_SCHEMAS),
        CqrsModule.forRoot(),
        HttpConventionsModule,
        AuthModule,
        IncidentsModule,
        ActivitiesModule,
        RisksModule,
        CasualtyReviewsModule,
        NotificationsModule,
        ReportingModule,
      ],
    };
  }
}
