import { Module } from '@nestjs/common';
import { EventBackup } from './event-backup';
import { EventsCommand, ExportEventsCommand, ImportEventsCommand } from './events.command';

@Module({ providers: [EventBackup, EventsCommand, ExportEventsCommand, ImportEventsCommand] })
export class EventsCommandsModule {}
