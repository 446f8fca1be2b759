import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as GrpcJs from '@grpc/grpc-js';
import type * as AnyPb from 'google-protobuf/google/protobuf/any_pb';
import type * as EmptyPb from 'google-protobuf/google/protobuf/empty_pb';
import type * as GossipGrpc from '@eventstore/db-client/generated/gossip_grpc_pb';
import type * as GossipPb from '@eventstore/db-client/generated/gossip_pb';
import type * as FeaturesGrpc from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import type * as FeaturesPb from '@eventstore/db-client/generated/serverfeatures_pb';
import type * as SharedPb from '@eventstore/db-client/generated/shared_pb';
import type * as StatusPb from '@eventstore/db-client/generated/status_pb';
import type * as StreamsGrpc from '@eventstore/db-client/generated/streams_grpc_pb';
import type * as StreamsPb from '@eventstore/db-client/generated/streams_pb';

/**
 * The client package's own generated service descriptors and message classes, with `@grpc/grpc-js` and
 * `google-protobuf` resolved from the client's directory, so the loopback server speaks exactly the wire format
 * the client was generated from and shares its library instances. The d.ts files shipped beside them type it.
 */
const clientMain = require.resolve('@eventstore/db-client');
const clientRoot = dirname(dirname(clientMain));
const generated = join(clientRoot, 'generated');
if (!existsSync(join(generated, 'streams_grpc_pb.js'))) {
  throw new Error(`@eventstore/db-client at ${clientRoot} ships no generated gRPC descriptors`);
}
const fromClient = createRequire(clientMain);
const load = <T>(file: string): T => fromClient(join(generated, file)) as T;

export const grpc = fromClient('@grpc/grpc-js') as typeof GrpcJs;
export const anyPb = fromClient('google-protobuf/google/protobuf/any_pb') as typeof AnyPb;
export const googleEmptyPb = fromClient('google-protobuf/google/protobuf/empty_pb') as typeof EmptyPb;
export const sharedPb = load<typeof SharedPb>('shared_pb.js');
export const statusPb = load<typeof StatusPb>('status_pb.js');
export const streamsPb = load<typeof StreamsPb>('streams_pb.js');
export const streamsGrpc = load<typeof StreamsGrpc>('streams_grpc_pb.js');
export const gossipPb = load<typeof GossipPb>('gossip_pb.js');
export const gossipGrpc = load<typeof GossipGrpc>('gossip_grpc_pb.js');
export const featuresPb = load<typeof FeaturesPb>('serverfeatures_pb.js');
export const featuresGrpc = load<typeof FeaturesGrpc>('serverfeatures_grpc_pb.js');

export type { GrpcJs, SharedPb, StreamsPb, StreamsGrpc };
