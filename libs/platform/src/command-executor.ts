import { Inject, Injectable } from '@nestjs/common';
import {
  EVENT_STORE,
  EventSchemas,
  StreamNotFoundError,
  WrongExpectedRevisionError,
  type EventStore,
  type NewEvent,
  type RecordedEvent,
} from '../../event-store/src';
import type { CommandContext, CommandResult } from './command-context';
import { ConflictError, ItemNotFoundError } from './command-errors';
import { foldEvents, type Decider, type DomainEvent } from './decider';
import { claimIdempotencyKey, keyUsedForAnotherRequest } from './idempotency-keys';
import { deterministicId } from './ids';
import { PerKeyQueue } from './per-key-queue';

export interface ExecuteCommand<Command, Event extends DomainEvent, State> {
  /** What the item is called in messages ("Incident", "Risk"). */
  kind: string;
  id: string;
  streamId: string;
  decider: Decider<Command, Event, State>;
  command: Command;
  context: CommandContext;
  /** `create` starts a new stream; `update` needs an existing one (404 otherwise). */
  mode: 'create' | 'update';
  /** The revision the client last read; a different current revision is answered 409. */
  expectedRevision?: number;
}

/** Writers in other processes (a second instance) are met by trying again on the newer state. */
const MAX_ATTEMPTS = 10;

/**
 * The one way a command reaches the store: read the stream, answer a repeated request with its original result,
 * fold, decide, and append with the revision that was read, so a concurrent change is never overwritten.
 */
@Injectable()
export class CommandExecutor {
  /**
   * Commands on one stream run one at a time in this process. Left to race, N concurrent writers of one stream
   * need up to N attempts each (one wins per commit), and past MAX_ATTEMPTS a command without an expected
   * revision was refused 409; queued, each reads the state its predecessor wrote and appends first time.
   */
  private readonly streams = new PerKeyQueue();

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly schemas: EventSchemas,
  ) {}

  execute<Command, Event extends DomainEvent, State>(request: ExecuteCommand<Command, Event, State>): Promise<CommandResult> {
    return this.streams.run(request.streamId, () => this.executeInTurn(request));
  }

  private async executeInTurn<Command, Event extends DomainEvent, State>(
    request: ExecuteCommand<Command, Event, State>,
  ): Promise<CommandResult> {
    for (let attempt = 1; ; attempt++) {
      const history = await this.readHistory(request.streamId);
      const repeated = this.earlierResult(request, history);
      if (repeated) return repeated;
      if (request.mode === 'update' && history.length === 0) throw new ItemNotFoundError(request.kind, request.id);
      const current = history.length === 0 ? undefined : history[history.length - 1].revision;
      if (request.expectedRevision !== undefined && BigInt(request.expectedRevision) !== current) {
        throw new ConflictError(
          `${request.kind} ${request.id} is at revision ${current ?? 'none'}, not ${request.expectedRevision}: read it again`,
        );
      }
      // The stream is the decider's own: only its events are appended there (older shapes upcast on reading).
      const state = foldEvents(request.decider, history as unknown as Event[]);
      const decided = request.decider.decide(request.command, state);
      if (decided.length === 0) {
        const last = history[history.length - 1];
        return { id: request.id, revision: Number(last.revision), position: last.position.toString() };
      }
      if (attempt === 1) await claimIdempotencyKey(this.store, request.context, request.streamId);
      try {
        const result = await this.store.appendToStream(request.streamId, this.toNewEvents(decided, request.context), {
          expectedRevision: current ?? 'no_stream',
        });
        return { id: request.id, revision: Number(result.nextExpectedRevision), position: result.position.toString() };
      } catch (error) {
        const retry = error instanceof WrongExpectedRevisionError && request.expectedRevision === undefined;
        if (!retry || attempt >= MAX_ATTEMPTS) {
          if (error instanceof WrongExpectedRevisionError) {
            throw new ConflictError(`${request.kind} ${request.id} was changed by someone else meanwhile: read it again`);
          }
          throw error;
        }
      }
    }
  }

  private async readHistory(streamId: string): Promise<RecordedEvent[]> {
    try {
      return await this.store.readStream(streamId);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /**
   * A command already in the stream (the same user's Idempotency-Key, or the same client id on creation) is answered with
   * its original result when it asked the same thing, and 409 when it asked something else.
   */
  private earlierResult(request: ExecuteCommand<unknown, DomainEvent, unknown>, history: RecordedEvent[]): CommandResult | undefined {
    const { commandId, userId } = request.context;
    const byKey = history.filter((event) => event.metadata.commandId === commandId && event.metadata.userId === userId);
    const earlier = byKey.length > 0 ? byKey : request.mode === 'create' ? this.creatingCommand(history) : [];
    if (earlier.length === 0) return undefined;
    if (earlier[0].metadata.requestHash !== request.context.requestHash) {
      throw byKey.length > 0 ? keyUsedForAnotherRequest(commandId) : new ConflictError(`${request.kind} ${request.id} already exists with different content`);
    }
    const last = earlier[earlier.length - 1];
    return { id: request.id, revision: Number(last.revision), position: last.position.toString() };
  }

  private creatingCommand(history: RecordedEvent[]): RecordedEvent[] {
    if (history.length === 0) return [];
    const commandId = history[0].metadata.commandId;
    return history.filter((event) => event.metadata.commandId === commandId);
  }

  private toNewEvents(events: DomainEvent[], context: CommandContext): NewEvent[] {
    return events.map((event, index) => ({
      // Derived from the command, so an append retried over the network is recognised by EventStoreDB as the same.
      id: deterministicId('event', context.userId, context.commandId, context.requestHash, String(index)),
      type: event.type,
      data: event.data,
      metadata: {
        commandId: context.commandId,
        correlationId: context.correlationId,
        causationId: context.causationId,
        userId: context.userId,
        role: context.role,
        recordedAt: context.now.toISOString(),
        schemaVersion: this.schemas.currentVersion(event.type),
        requestHash: context.requestHash,
      },
    }));
  }
}
