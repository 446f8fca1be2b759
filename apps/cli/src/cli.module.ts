import { Module, type DynamicModule } from '@nestjs/common';
import { UsersCommandsModule } from '../../../libs/auth/src/cli/users.command';
import { DemoCommandsModule } from '../../../libs/reporting/src/demo/demo.command';
import type { AppConfig } from '../../../libs/platform/src/config/app-config';
import { AppModule } from '../../api/src/app.module';
import { CliOutputModule } from '../../../libs/platform/src/cli-output';
import { EventsCommandsModule } from './events/events-commands.module';
import { ProjectionsCommandsModule } from './projections/projections-commands.module';

/**
 * The CLI runs on the same modules as the API (same store, read models and contexts), plus one commands module
 * per area. A context adds its commands by adding its module here (e.g. UsersCommandsModule).
 */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [AppModule.forRoot(config), CliOutputModule, EventsCommandsModule, ProjectionsCommandsModule, UsersCommandsModule, DemoCommandsModule],
    };
  }
}
