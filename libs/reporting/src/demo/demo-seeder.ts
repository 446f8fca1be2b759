import { Inject, Injectable, type Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { CommandBus } from '@nestjs/cqrs';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EVENT_STORE, type EventStore } from '../../../event-store/src';
import type { CommandContext } from '../../../platform/src/command-context';
import { fieldErrors } from '../../../platform/src/http/validation';
import { contentHash, deterministicId } from '../../../platform/src/ids';
import { EventProcessManager, type ProcessManager } from '../../../projections/src';
import { demoActivities } from './demo-activities';
import { demoIncidents } from './demo-incidents';
import { demoLegalWork } from './demo-legal';
import { demoRisks } from './demo-risks';
import type { DemoStep } from './demo-step';

/** The whole fictional year, in the order it happened. */
export function demoScenario(): DemoStep[] {
  return [...demoRisks(), ...demoIncidents(), ...demoActivities(), ...demoLegalWork()].sort((a, b) => a.at.localeCompare(b.at));
}

/** A request body checked exactly as the API's validation pipe checks it (unknown fields refused). */
function validated(step: DemoStep): object {
  const body = plainToInstance(step.request as Type<object>, step.body);
  const errors = fieldErrors(validateSync(body, { whitelist: true, forbidNonWhitelisted: true }));
  if (Object.keys(errors).length > 0) throw new Error(`Demo step ${step.key} is malformed: ${JSON.stringify(errors)}`);
  return body;
}

/**
 * Plays the fictional 2024 scenario through the CommandBus, with the API's validation and the deciders' rules, at
 * the times it happened. Every id and command id is derived from the step, so a second run appends nothing. The
 * process managers react to each step here as the service would, so the run needs no running service (and a
 * running one finds nothing left to do).
 */
@Injectable()
export class DemoSeeder {
  private processManagers?: ProcessManager[];

  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly discovery: DiscoveryService,
  ) {}

  async seed(): Promise<{ steps: number; newEvents: number }> {
    const steps = demoScenario();
    const head = await this.store.headPosition();
    for (const step of steps) await this.play(step);
    return { steps: steps.length, newEvents: (await this.store.readAll({ after: head })).length };
  }

  private async play(step: DemoStep): Promise<void> {
    const commandId = deterministicId('demo-2024-command', step.key);
    const context: CommandContext = {
      commandId,
      correlationId: commandId,
      causationId: commandId,
      userId: `demo-${step.role}`,
      role: step.role,
      now: new Date(step.at),
      requestHash: contentHash({ step: step.key, body: step.body }),
    };
    await this.commands.execute(step.command(validated(step) as never, context));
    if (!step.reactions) return;
    for (const event of await this.store.readStream(step.reactions)) {
      for (const processManager of this.reactors()) await processManager.handle(event);
    }
  }

  private reactors(): ProcessManager[] {
    return (this.processManagers ??= this.discovery
      .getProviders({ metadataKey: EventProcessManager.KEY })
      .map((wrapper) => wrapper.instance as ProcessManager)
      .filter(Boolean));
  }
}
