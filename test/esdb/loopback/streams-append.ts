import { googleEmptyPb, grpc, sharedPb, streamsPb, type GrpcJs, type StreamsPb } from './client-modules';
import type { EventLog, Expected, ProposedEvent } from './event-log';
import {
  appendResponse,
  batchError,
  expectedFromAppend,
  expectedFromBatch,
  streamName,
  toProposedEvent,
  uuidString,
  wrongExpectedVersionDetail,
} from './wire';

/** The trailers a real node sends when an append exceeds MaxAppendSize; the client turns them into its error. */
function tooLargeError(max: number): Partial<GrpcJs.StatusObject> {
  const metadata = new grpc.Metadata();
  metadata.set('exception', 'maximum-append-size-exceeded');
  metadata.set('maximum-append-size', String(max));
  return { code: grpc.status.INVALID_ARGUMENT, details: `Maximum Append Size of ${max} Exceeded.`, metadata };
}

/** The application never sends an empty batch (validateAppend refuses it), so that case is not modelled. */
const EMPTY_APPEND = { code: grpc.status.UNIMPLEMENTED, details: 'Empty appends are not modelled by the loopback server' };

/** Streams.Append: one options message, then one message per event; the answer comes when the client ends. */
export function append(log: EventLog): GrpcJs.handleClientStreamingCall<StreamsPb.AppendReq, StreamsPb.AppendResp> {
  return (call, callback) => {
    let options: StreamsPb.AppendReq.Options | undefined;
    const events: ProposedEvent[] = [];
    call.on('data', (request: StreamsPb.AppendReq) => {
      if (request.hasOptions()) options = request.getOptions();
      else if (request.hasProposedMessage()) events.push(toProposedEvent(request.getProposedMessage()!));
    });
    call.on('end', () => {
      if (!options) return callback({ code: grpc.status.INVALID_ARGUMENT, details: 'Options must come first' });
      if (events.length === 0) return callback(EMPTY_APPEND);
      const expected = expectedFromAppend(options);
      const outcome = log.append(streamName(options.getStreamIdentifier()), expected, events);
      if (outcome.kind === 'too_large') return callback(tooLargeError(outcome.max));
      callback(null, appendResponse(outcome, expected));
    });
  };
}

interface PendingBatch {
  request: StreamsPb.BatchAppendReq;
  options: StreamsPb.BatchAppendReq.Options;
  events: ProposedEvent[];
}

/**
 * Streams.BatchAppend: one long-lived two-way stream per client; each append is a series of requests sharing a
 * correlation id (options on the first, is_final on the last) and gets one answer carrying that id.
 */
export function batchAppend(log: EventLog): GrpcJs.handleBidiStreamingCall<StreamsPb.BatchAppendReq, StreamsPb.BatchAppendResp> {
  return (call) => {
    const pending = new Map<string, PendingBatch>();
    call.on('data', (request: StreamsPb.BatchAppendReq) => {
      const correlationId = uuidString(request.getCorrelationId());
      let batch = pending.get(correlationId);
      if (!batch) {
        const options = request.getOptions();
        if (!options) return call.destroy(new Error('BatchAppend options must come first'));
        batch = { request, options, events: [] };
        pending.set(correlationId, batch);
      }
      batch.events.push(...request.getProposedMessagesList().map(toProposedEvent));
      if (!request.getIsFinal()) return;
      pending.delete(correlationId);
      if (batch.events.length === 0) return call.destroy(Object.assign(new Error(EMPTY_APPEND.details), EMPTY_APPEND));
      call.write(batchResult(log, batch));
    });
    call.on('end', () => call.end());
  };
}

function batchResult(log: EventLog, { request, options, events }: PendingBatch): StreamsPb.BatchAppendResp {
  const name = streamName(options.getStreamIdentifier());
  const expected = expectedFromBatch(options);
  const response = new streamsPb.BatchAppendResp()
    .setCorrelationId(request.getCorrelationId())
    .setStreamIdentifier(options.getStreamIdentifier());
  setExpected(response, expected);
  const deadline = options.getDeadline()?.toDate();
  if (deadline && deadline.getTime() < Date.now()) {
    return response.setError(batchError(grpc.status.DEADLINE_EXCEEDED, 'Timeout', new sharedPb.Timeout(), 'event_store.client.Timeout'));
  }
  const outcome = log.append(name, expected, events);
  switch (outcome.kind) {
    case 'too_large': {
      const detail = new sharedPb.MaximumAppendSizeExceeded().setMaxappendsize(outcome.max);
      const message = `Maximum Append Size of ${outcome.max} Exceeded.`;
      return response.setError(batchError(grpc.status.INVALID_ARGUMENT, message, detail, 'event_store.client.MaximumAppendSizeExceeded'));
    }
    case 'wrong_expected_version': {
      const detail = wrongExpectedVersionDetail(outcome.current, expected);
      const message = `Append failed due to WrongExpectedVersion. Stream: ${name}`;
      return response.setError(batchError(grpc.status.FAILED_PRECONDITION, message, detail, 'event_store.client.WrongExpectedVersion'));
    }
    case 'success': {
      const position = new sharedPb.AllStreamPosition()
        .setCommitPosition(outcome.position.toString())
        .setPreparePosition(outcome.position.toString());
      return response.setSuccess(
        new streamsPb.BatchAppendResp.Success().setCurrentRevision(outcome.revision.toString()).setPosition(position),
      );
    }
  }
}

function setExpected(response: StreamsPb.BatchAppendResp, expected: Expected): void {
  switch (expected.kind) {
    case 'revision':
      response.setStreamPosition(expected.revision.toString());
      break;
    case 'no_stream':
      response.setNoStream(new googleEmptyPb.Empty());
      break;
    case 'stream_exists':
      response.setStreamExists(new googleEmptyPb.Empty());
      break;
    case 'any':
      response.setAny(new googleEmptyPb.Empty());
      break;
  }
}
