// Selects EventStoreDB (over the loopback server) for every app that test/support/test-app.ts starts.
process.env.TEST_EVENT_STORE = 'esdb';
