import { anyPb, googleEmptyPb, sharedPb, statusPb, streamsPb, type SharedPb, type StreamsPb } from './client-modules';
import type { AppendOutcome, Expected, ProposedEvent, StoredEvent } from './event-log';

/** Conversions between the generated messages and the event log. Numbers that can exceed 2^53 travel as strings. */

export function streamName(identifier: SharedPb.StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

export function streamIdentifier(name: string): SharedPb.StreamIdentifier {
  return new sharedPb.StreamIdentifier().setStreamName(Buffer.from(name, 'utf8'));
}

export function uuidString(uuid: SharedPb.UUID | undefined): string {
  if (!uuid) return '';
  if (!uuid.hasStructured()) return uuid.getString();
  const structured = uuid.getStructured()!;
  const hex = [structured.getMostSignificantBits(), structured.getLeastSignificantBits()]
    .map((bits) => BigInt.asUintN(64, BigInt(bits)).toString(16).padStart(16, '0'))
    .join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function structuredUuid(id: string): SharedPb.UUID {
  const hex = id.replace(/-/g, '');
  const signed = (part: string) => BigInt.asIntN(64, BigInt(`0x${part}`)).toString();
  const structured = new sharedPb.UUID.Structured()
    .setMostSignificantBits(signed(hex.slice(0, 16)))
    .setLeastSignificantBits(signed(hex.slice(16)));
  return new sharedPb.UUID().setStructured(structured);
}

type Proposed = StreamsPb.AppendReq.ProposedMessage | StreamsPb.BatchAppendReq.ProposedMessage;

export function toProposedEvent(message: Proposed): ProposedEvent {
  const metadata = message.getMetadataMap();
  return {
    id: uuidString(message.getId()),
    type: metadata.get('type') ?? '',
    contentType: metadata.get('content-type') ?? 'application/octet-stream',
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

export function expectedFromAppend(options: StreamsPb.AppendReq.Options): Expected {
  if (options.hasRevision()) return { kind: 'revision', revision: BigInt(options.getRevision()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

export function expectedFromBatch(options: StreamsPb.BatchAppendReq.Options): Expected {
  if (options.hasStreamPosition()) return { kind: 'revision', revision: BigInt(options.getStreamPosition()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

export function toReadEvent(stored: StoredEvent, structuredIds: boolean): StreamsPb.ReadResp.ReadEvent {
  const record = new streamsPb.ReadResp.ReadEvent.RecordedEvent()
    .setId(structuredIds ? structuredUuid(stored.id) : new sharedPb.UUID().setString(stored.id))
    .setStreamIdentifier(streamIdentifier(stored.streamId))
    .setStreamRevision(stored.revision.toString())
    .setCommitPosition(stored.position.toString())
    .setPreparePosition(stored.position.toString())
    .setData(stored.data)
    .setCustomMetadata(stored.customMetadata);
  record
    .getMetadataMap()
    .set('type', stored.type)
    .set('content-type', stored.contentType)
    .set('created', stored.created.toString());
  return new streamsPb.ReadResp.ReadEvent().setEvent(record).setCommitPosition(stored.position.toString());
}

/** The in-band answer of Streams.Append; the 20.6 fields are filled too, as the server still does. */
export function appendResponse(outcome: Exclude<AppendOutcome, { kind: 'too_large' }>, expected: Expected): StreamsPb.AppendResp {
  const empty = () => new sharedPb.Empty();
  if (outcome.kind === 'success') {
    const position = new streamsPb.AppendResp.Position()
      .setCommitPosition(outcome.position.toString())
      .setPreparePosition(outcome.position.toString());
    return new streamsPb.AppendResp().setSuccess(
      new streamsPb.AppendResp.Success().setCurrentRevision(outcome.revision.toString()).setPosition(position),
    );
  }
  const wrong = new streamsPb.AppendResp.WrongExpectedVersion();
  if (outcome.current === undefined) wrong.setCurrentNoStream(empty()).setNoStream2060(empty());
  else wrong.setCurrentRevision(outcome.current.toString());
  switch (expected.kind) {
    case 'any':
      wrong.setExpectedAny(empty()).setAny2060(empty());
      break;
    case 'stream_exists':
      wrong.setExpectedStreamExists(empty()).setStreamExists2060(empty());
      break;
    case 'no_stream':
      wrong.setExpectedNoStream(empty());
      break;
    case 'revision':
      wrong.setExpectedRevision(expected.revision.toString());
      break;
  }
  return new streamsPb.AppendResp().setWrongExpectedVersion(wrong);
}

/** BatchAppend reports failures as a google.rpc.Status whose details pack the server's error message. */
export function batchError(
  code: number,
  message: string,
  detail: { serializeBinary(): Uint8Array },
  typeName: string,
): InstanceType<typeof statusPb.Status> {
  const details = new anyPb.Any();
  details.pack(detail.serializeBinary(), typeName);
  return new statusPb.Status().setCode(code).setMessage(message).setDetails(details);
}

export function wrongExpectedVersionDetail(current: bigint | undefined, expected: Expected): SharedPb.WrongExpectedVersion {
  const detail = new sharedPb.WrongExpectedVersion();
  const emptyPb = () => new googleEmptyPb.Empty();
  if (current === undefined) detail.setCurrentNoStream(emptyPb());
  else detail.setCurrentStreamRevision(current.toString());
  switch (expected.kind) {
    case 'any':
      detail.setExpectedAny(emptyPb());
      break;
    case 'stream_exists':
      detail.setExpectedStreamExists(emptyPb());
      break;
    case 'no_stream':
      detail.setExpectedNoStream(emptyPb());
      break;
    case 'revision':
      detail.setExpectedStreamPosition(expected.revision.toString());
      break;
  }
  return detail;
}
