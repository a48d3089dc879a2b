import { setTimeout as sleep } from 'node:timers/promises';
import { describeEventStoreContract, EventStoreProvider, EventStoreUnderTest } from '@era/event-store/testing';
import { verifyEventStore } from '@era/ledger-integrity';
import { serverForTests, ServerForTests } from '@era/testing';
import { EventStoreDbEventStore } from './eventstoredb-event-store';

/** Overridable so that a machine can pin what it has pulled, e.g. docker.kurrent.io/kurrent-latest/kurrentdb:25.0. */
const IMAGE = process.env.EVENTSTOREDB_IMAGE ?? 'eventstore/eventstore:24.10';
const HTTP_PORT = 2113;

describeEventStoreContract('EventStoreDB', providerFor(serverForTests('EVENTSTOREDB_URL', 'EventStoreDB')), verifyEventStore);

function providerFor(server: ServerForTests): EventStoreProvider {
  switch (server.kind) {
    case 'unavailable':
      return { skipReason: server.reason };
    case 'connection-string':
      return { create: () => openStore(server.url, async () => undefined) };
    case 'testcontainers':
      return { create: startContainer };
  }
}

async function startContainer(): Promise<EventStoreUnderTest> {
  // Loaded here so that a run without Docker never touches testcontainers.
  const { GenericContainer, Wait } = await import('testcontainers');
  const container = await new GenericContainer(IMAGE)
    .withEnvironment({
      EVENTSTORE_INSECURE: 'true',
      EVENTSTORE_RUN_PROJECTIONS: 'None',
      EVENTSTORE_MEM_DB: 'true',
    })
    .withExposedPorts(HTTP_PORT)
    .withWaitStrategy(Wait.forHttp('/health/live', HTTP_PORT).forStatusCodeMatching((status) => status >= 200 && status < 300))
    .withStartupTimeout(90_000)
    .start();
  const url = `esdb://${container.getHost()}:${container.getMappedPort(HTTP_PORT)}?tls=false`;
  return openStore(url, async () => {
    await container.stop();
  });
}

async function openStore(url: string, stopServer: () => Promise<void>): Promise<EventStoreUnderTest> {
  const store = new EventStoreDbEventStore(url);
  await untilServing(store);
  return {
    store,
    dispose: async () => {
      await store.close();
      await stopServer();
    },
  };
}

/** "Live" comes a moment before the node has elected itself leader and serves reads of $all. */
async function untilServing(store: EventStoreDbEventStore, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await store.headPosition();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await sleep(500);
    }
  }
}
