import { EsdbEventStore } from '../../libs/event-store/src/esdb';
import { describeEventStoreContract, type StoreFactory } from '../event-store/event-store.contract';
import { startLoopbackEsdb, type LoopbackEsdb, type LoopbackEsdbOptions } from './loopback';

/** One loopback server per variant for the whole file; every contract test opens its own client on it. */
function overLoopback(options: LoopbackEsdbOptions): StoreFactory {
  let server: Promise<LoopbackEsdb> | undefined;
  afterAll(async () => (await server)?.stop());
  return async () => {
    server ??= startLoopbackEsdb(options);
    return overServer((await server).connectionString)();
  };
}

function overServer(connectionString: string): StoreFactory {
  return async () => {
    let store = new EsdbEventStore(connectionString);
    return {
      store,
      async reopen() {
        await store.close();
        store = new EsdbEventStore(connectionString);
        return store;
      },
      // A server keeps its streams: the contract uses fresh stream names instead of removing data.
      cleanup: () => store.close(),
    };
  };
}

// Real servers since 21.10 advertise BatchAppend, and the client then appends through it.
describeEventStoreContract('EventStoreDB client, loopback server with BatchAppend', overLoopback({ batchAppend: true }));
// Older servers only have Streams.Append: the client's other append path.
describeEventStoreContract('EventStoreDB client, loopback server without BatchAppend', overLoopback({ batchAppend: false }));

const realServer = process.env.ESDB_CONNECTION_STRING;
if (realServer) describeEventStoreContract(`EventStoreDB at ${realServer}`, overServer(realServer));
