// One-shot replica-set bootstrap, run by the `mongo-init` service in docker/compose.yml:
//   mongosh --quiet --norc "mongodb://mongo1:27017/?directConnection=true" /scripts/init-replica-set.js
// Idempotent: on later `compose up` runs the set already exists and the script only waits for a primary.
// Exits non-zero (so services that depend on it don't start) if no healthy primary appears in time.

const replicaSetConfig = {
  _id: 'rs0',
  members: [
    // mongo1 gets the highest priority so it is (normally) the primary: its port is the one published to
    // localhost for contract tests that connect with directConnection=true and need a writable node.
    { _id: 0, host: 'mongo1:27017', priority: 2 },
    { _id: 1, host: 'mongo2:27017', priority: 1 },
    { _id: 2, host: 'mongo3:27017', priority: 1 },
  ],
};
const expectedPrimary = 'mongo1:27017';
const readyTimeoutMs = 120000;
const preferredPrimaryGraceMs = 30000;

function replicaSetStatus() {
  try {
    return rs.status();
  } catch (error) {
    // 94 NotYetInitialized: rs.initiate has not run yet.
    if (error.code === 94 || error.codeName === 'NotYetInitialized') return null;
    throw error;
  }
}

if (replicaSetStatus() === null) {
  print(`initiating replica set ${replicaSetConfig._id}`);
  try {
    printjson(rs.initiate(replicaSetConfig));
  } catch (error) {
    // 23 AlreadyInitialized: another run got there first.
    if (!(error.code === 23 || error.codeName === 'AlreadyInitialized')) throw error;
  }
} else {
  print(`replica set ${replicaSetConfig._id} already initiated`);
}

function snapshot() {
  let members = [];
  try {
    const status = replicaSetStatus();
    if (status) members = status.members;
  } catch (error) {
    // Transient errors while the set forms (elections, members still starting): keep waiting.
    print(`waiting: rs.status() failed: ${error.message}`);
  }
  return {
    primary: members.find((member) => member.stateStr === 'PRIMARY'),
    healthy: members.filter((member) => member.stateStr === 'PRIMARY' || member.stateStr === 'SECONDARY').length,
    states: members.map((member) => `${member.name}=${member.stateStr}`).join(', '),
  };
}

const started = Date.now();
let state = snapshot();
while (!(state.primary && state.healthy === replicaSetConfig.members.length)) {
  if (Date.now() - started > readyTimeoutMs) {
    throw new Error(`replica set not ready after ${readyTimeoutMs} ms: ${state.states || 'no status'}`);
  }
  sleep(1000);
  state = snapshot();
}

// Give the priority takeover a moment so that the published node is the primary; not fatal if it isn't.
const graceStarted = Date.now();
while (state.primary.name !== expectedPrimary && Date.now() - graceStarted < preferredPrimaryGraceMs) {
  sleep(1000);
  state = snapshot();
  if (!state.primary) state = { ...state, primary: { name: '(election in progress)' } };
}

print(`replica set ${replicaSetConfig._id} ready: primary ${state.primary.name}; members ${state.states}`);
