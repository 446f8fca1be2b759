import { Module } from '@nestjs/common';
import { ProjectionsCommand, RebuildProjectionsCommand } from './projections.command';

@Module({ providers: [ProjectionsCommand, RebuildProjectionsCommand] })
export class ProjectionsCommandsModule {}
