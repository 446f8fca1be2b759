import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { grpc, streamsPb, type GrpcJs, type StreamsPb } from './client-modules';
import type { EventLog, StoredEvent } from './event-log';
import { streamIdentifier, streamName, toReadEvent } from './wire';

type ReadCall = GrpcJs.ServerWritableStream<StreamsPb.ReadReq, StreamsPb.ReadResp>;
type Options = StreamsPb.ReadReq.Options;

/** The server's default search window for filtered subscriptions when the client sends `count`. */
const DEFAULT_SEARCH_WINDOW = 32;

/** Streams.Read serves reads of one stream, reads of $all and catch-up subscriptions to $all. */
export function read(log: EventLog): GrpcJs.handleServerStreamingCall<StreamsPb.ReadReq, StreamsPb.ReadResp> {
  return (call) => {
    const options = call.request.getOptions();
    if (!options) return call.destroy(new Error('ReadReq without options'));
    const done = serve(log, call, options);
    done.then(
      () => call.end(),
      (error: unknown) => call.destroy(error as Error),
    );
  };
}

async function serve(log: EventLog, call: ReadCall, options: Options): Promise<void> {
  const cancelled = cancellation(call);
  const structuredIds = options.getUuidOption()?.hasStructured() ?? false;
  const send = (response: StreamsPb.ReadResp) => write(call, response, cancelled);
  const sendEvent = (event: StoredEvent) => send(new streamsPb.ReadResp().setEvent(toReadEvent(event, structuredIds)));
  const backwards = options.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;
  const count = options.hasCount() ? BigInt(options.getCount()) : BigInt(Number.MAX_SAFE_INTEGER);
  const matches = compileFilter(options);

  if (options.hasStream()) {
    if (options.hasSubscription()) throw Object.assign(new Error('Stream subscriptions are not modelled'), { code: grpc.status.UNIMPLEMENTED });
    const stream = options.getStream()!;
    const name = streamName(stream.getStreamIdentifier());
    const from = stream.hasRevision() ? BigInt(stream.getRevision()) : stream.hasEnd() ? 'end' : 'start';
    const events = log.readStream(name, from, backwards, count);
    // A missing stream is an answer in the stream of responses, not a gRPC error.
    if (!events) {
      const notFound = new streamsPb.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name));
      await send(new streamsPb.ReadResp().setStreamNotFound(notFound));
      return;
    }
    for (const event of events) if (!(await sendEvent(event))) return;
    return;
  }

  const all = options.getAll()!;
  const position = all.getPosition();
  const from = position ? BigInt(position.getCommitPosition()) : all.hasEnd() ? 'end' : 'start';
  if (!options.hasSubscription()) {
    const events = log.readAll(from, backwards, BigInt(Number.MAX_SAFE_INTEGER)).filter(matches ?? (() => true));
    for (const event of events.slice(0, count >= BigInt(events.length) ? events.length : Number(count))) {
      if (!(await sendEvent(event))) return;
    }
    return;
  }
  await subscribe(log, options, from, cancelled, send, sendEvent, matches);
}

/**
 * Confirmation, the past events after the position, caught-up, then live events as they are written; with a
 * filter, a checkpoint every search window of scanned events, so a client can save progress through skipped ones.
 * Reading the log by index from the last sent event leaves no gap between catch-up and live.
 */
async function subscribe(
  log: EventLog,
  options: Options,
  from: bigint | 'start' | 'end',
  cancelled: Promise<void>,
  send: (response: StreamsPb.ReadResp) => Promise<boolean>,
  sendEvent: (event: StoredEvent) => Promise<boolean>,
  matches: ((event: StoredEvent) => boolean) | undefined,
): Promise<void> {
  const confirmation = new streamsPb.ReadResp.SubscriptionConfirmation().setSubscriptionId(randomUUID());
  if (!(await send(new streamsPb.ReadResp().setConfirmation(confirmation)))) return;
  const filter = options.getFilter();
  const interval = filter ? (filter.hasMax() ? filter.getMax() : DEFAULT_SEARCH_WINDOW) * Math.max(1, filter.getCheckpointintervalmultiplier()) : 0;
  const checkpoint = (event: StoredEvent) =>
    send(
      new streamsPb.ReadResp().setCheckpoint(
        new streamsPb.ReadResp.Checkpoint().setCommitPosition(event.position.toString()).setPreparePosition(event.position.toString()),
      ),
    );
  let index = from === 'start' ? 0 : from === 'end' ? log.length : log.indexAfter(from);
  let caughtUp = false;
  let scanned = 0;
  let wake = () => {};
  const stopListening = log.onAppend(() => wake());
  let open = true;
  void cancelled.then(() => {
    open = false;
    wake();
  });
  try {
    while (open) {
      const event = log.eventAt(index);
      if (!event) {
        if (!caughtUp) {
          caughtUp = true;
          if (!(await send(new streamsPb.ReadResp().setCaughtUp(new streamsPb.ReadResp.CaughtUp())))) return;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        continue;
      }
      index += 1;
      if ((!matches || matches(event)) && !(await sendEvent(event))) return;
      if (interval > 0 && ++scanned >= interval) {
        scanned = 0;
        if (!(await checkpoint(event))) return;
      }
    }
  } finally {
    stopListening();
  }
}

/** The filter of a $all read: a regular expression or prefixes, on the event type or the stream name. */
function compileFilter(options: Options): ((event: StoredEvent) => boolean) | undefined {
  const filter = options.getFilter();
  if (!filter) return undefined;
  const onType = filter.hasEventType();
  const expression = onType ? filter.getEventType()! : filter.getStreamIdentifier()!;
  const field = (event: StoredEvent) => (onType ? event.type : event.streamId);
  const regex = expression.getRegex();
  if (regex) {
    const pattern = new RegExp(regex);
    return (event) => pattern.test(field(event));
  }
  const prefixes = expression.getPrefixList();
  return (event) => prefixes.some((prefix) => field(event).startsWith(prefix));
}

function cancellation(call: ReadCall): Promise<void> {
  return new Promise((resolve) => {
    if (call.cancelled) resolve();
    call.once('cancelled', () => resolve());
  });
}

/** Writes with backpressure; false once the client has gone. */
async function write(call: ReadCall, response: StreamsPb.ReadResp, cancelled: Promise<void>): Promise<boolean> {
  if (call.cancelled || call.destroyed) return false;
  if (call.write(response)) return true;
  const drained = await Promise.race([once(call, 'drain').then(
      () => true,
      () => false,
    ), cancelled.then(() => false)]);
  return drained && !call.cancelled;
}
