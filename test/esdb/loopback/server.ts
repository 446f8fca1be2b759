import { randomUUID } from 'node:crypto';
import {
  featuresGrpc,
  featuresPb,
  gossipGrpc,
  gossipPb,
  grpc,
  sharedPb,
  streamsGrpc,
  type GrpcJs,
} from './client-modules';
import { EventLog } from './event-log';
import { append, batchAppend } from './streams-append';
import { read } from './streams-read';

export interface LoopbackEsdbOptions {
  /** Port to listen on; 0 or omitted picks a free one (kept across restarts). */
  port?: number;
  /**
   * Advertise Streams.BatchAppend, as every server since 21.10 does (the client then appends through it).
   * false makes the client fall back to Streams.Append.
   */
  batchAppend?: boolean;
  /** First position in $all; defaults past 2^53 to catch positions converted through Number. */
  firstPosition?: bigint;
}

export interface LoopbackEsdb {
  /** Single-node connection string, insecure. */
  readonly connectionString: string;
  /** Gossip-seed connection string (two seeds naming this node): the client discovers the leader via Gossip.Read. */
  readonly gossipConnectionString: string;
  readonly port: number;
  /** The server's state: survives stop/restart. */
  readonly log: EventLog;
  /** Closes every connection and stops listening, like a node going down. */
  stop(): Promise<void>;
  /** Listens again on the same port with the same data. */
  restart(): Promise<void>;
}

/**
 * A loopback EventStoreDB built from the client package's own generated descriptors, so the real
 * `@eventstore/db-client` runs against it unmodified: server features, streams (append, batch append, read,
 * subscribe) and gossip.
 */
export async function startLoopbackEsdb(options: LoopbackEsdbOptions = {}): Promise<LoopbackEsdb> {
  const log = new EventLog(options.firstPosition);
  const instanceId = randomUUID();
  const advertiseBatchAppend = options.batchAppend ?? true;
  let server: GrpcJs.Server | undefined;
  let port = options.port ?? 0;

  const listen = async () => {
    const next = new grpc.Server({ 'grpc.max_receive_message_length': 16 * 1024 * 1024 });
    next.addService(streamsGrpc.StreamsService, {
      read: read(log),
      append: append(log),
      batchAppend: batchAppend(log),
      delete: unimplemented,
      tombstone: unimplemented,
    });
    next.addService(featuresGrpc.ServerFeaturesService, { getSupportedMethods: supportedMethods(advertiseBatchAppend) });
    next.addService(gossipGrpc.GossipService, { read: gossip(instanceId, () => port) });
    port = await new Promise<number>((resolve, reject) =>
      next.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), (error, bound) =>
        error ? reject(error) : resolve(bound),
      ),
    );
    server = next;
  };

  await listen();
  return {
    connectionString: `esdb://127.0.0.1:${port}?tls=false`,
    gossipConnectionString: `esdb://localhost:${port},127.0.0.1:${port}?tls=false`,
    get port() {
      return port;
    },
    log,
    async stop() {
      server?.forceShutdown();
      server = undefined;
    },
    async restart() {
      if (server) throw new Error('The loopback server is already running');
      await listen();
    },
  };
}

const unimplemented: GrpcJs.handleUnaryCall<unknown, unknown> = (_call, callback) =>
  callback({ code: grpc.status.UNIMPLEMENTED, details: 'Not modelled by the loopback server' });

function supportedMethods(withBatchAppend: boolean): GrpcJs.handleUnaryCall<unknown, InstanceType<typeof featuresPb.SupportedMethods>> {
  const streams = ['Read', 'Append', 'Delete', 'Tombstone', ...(withBatchAppend ? ['BatchAppend'] : [])];
  const method = (service: string, name: string) => new featuresPb.SupportedMethod().setServiceName(service).setMethodName(name.toLowerCase());
  const methods = [
    ...streams.map((name) => method('event_store.client.streams.Streams', name)),
    method('event_store.client.gossip.Gossip', 'Read'),
    method('event_store.client.server_features.ServerFeatures', 'GetSupportedMethods'),
  ];
  return (_call, callback) => callback(null, new featuresPb.SupportedMethods().setMethodsList(methods).setEventStoreServerVersion('23.10.0'));
}

/** One member, alive and leader, reachable where this server listens. */
function gossip(instanceId: string, port: () => number): GrpcJs.handleUnaryCall<unknown, InstanceType<typeof gossipPb.ClusterInfo>> {
  return (_call, callback) => {
    const member = new gossipPb.MemberInfo()
      .setInstanceId(new sharedPb.UUID().setString(instanceId))
      .setTimeStamp((BigInt(Date.now()) * 10_000n).toString())
      .setState(gossipPb.MemberInfo.VNodeState.LEADER)
      .setIsAlive(true)
      .setHttpEndPoint(new gossipPb.EndPoint().setAddress('127.0.0.1').setPort(port()));
    callback(null, new gossipPb.ClusterInfo().setMembersList([member]));
  };
}
