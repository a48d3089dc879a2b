import { StreamState } from './stream-state-spill.port';

/**
 * Stream states held in memory outside the JavaScript heap: a hash table of slots in typed arrays, each slot the id
 * (up to 64 Latin-1 characters, as bytes), the revision, the hash as 32 bytes and its place in a list from least to
 * most recently changed. No object per stream, so no garbage for the collector to let grow with them (V8 lets its heap
 * grow to several times what is live: 64 MiB of states in a Map took the walk to 430 MiB RSS). About 130 bytes a stream.
 * What does not fit a slot is kept as it is, beside it: a longer or wider id, a hash that is not lowercase SHA-256
 * hex, an altered content hash, a recording mark.
 */
export class HeldStreamStates {
  private capacity = 0;
  private keys = new Uint8Array(0);
  private keyLengths = new Uint8Array(0);
  private hashCodes = new Int32Array(0);
  private revisions = new Float64Array(0);
  private hashes = Buffer.alloc(0);
  private dirty = new Uint8Array(0);
  /** The list of slots by last change: `older` towards the head (least recent), `newer` towards the tail. */
  private older = new Int32Array(0);
  private newer = new Int32Array(0);
  private head = NONE;
  private tail = NONE;
  /** Open addressing, linear probing: slot + 1 per entry, 0 where empty. */
  private table = new Int32Array(0);
  /** Slots of the ids that do not fit a slot's bytes. */
  private readonly wideIds = new Map<string, number>();
  private readonly wideIdOfSlot = new Map<number, string>();
  /** The whole state, where it is not one the slot can hold. */
  private readonly unusual = new Map<number, StreamState>();
  private readonly freeSlots: number[] = [];
  private nextSlot = 0;
  private held = 0;
  private heldBytes = 0;

  /** `initialCapacity`: streams held before the arrays first grow (by half each time). */
  constructor(initialCapacity = 1024) {
    this.grow(Math.max(2, initialCapacity));
  }

  get size(): number {
    return this.held;
  }

  /** Estimated memory taken by the states held (ids included). */
  get bytes(): number {
    return this.heldBytes;
  }

  has(streamId: string): boolean {
    return this.slotOf(streamId) !== NONE;
  }

  get(streamId: string): StreamState | undefined {
    const slot = this.slotOf(streamId);
    return slot === NONE ? undefined : this.stateAt(slot);
  }

  /**
   * Holds the state, as the most recently changed; `dirty`: changed since it was last spilled (or never spilled).
   * Whether the stream was not held before.
   */
  set(streamId: string, state: StreamState, dirty: boolean): boolean {
    let slot = this.slotOf(streamId);
    const added = slot === NONE;
    if (added) {
      slot = this.add(streamId);
    } else {
      this.unlink(slot);
      if (this.unusual.delete(slot)) this.heldBytes -= UNUSUAL_STATE_BYTES;
    }
    this.link(slot);
    this.dirty[slot] = dirty ? 1 : 0;
    if (isUsual(state)) {
      this.revisions[slot] = state.revision;
      this.hashes.write(state.hash, slot * HASH_BYTES, HASH_BYTES, 'hex');
    } else {
      this.unusual.set(slot, { ...state });
      this.heldBytes += UNUSUAL_STATE_BYTES;
    }
    return added;
  }

  /** Whether the stream's state changed since it was last spilled (or was never spilled). */
  isDirty(streamId: string): boolean {
    const slot = this.slotOf(streamId);
    return slot !== NONE && this.dirty[slot] === 1;
  }

  /** The memory (estimated) that forgetting the stream frees. */
  bytesOf(streamId: string): number {
    const slot = this.slotOf(streamId);
    if (slot === NONE) return 0;
    return BYTES_PER_STREAM + (this.wideIdOfSlot.has(slot) ? WIDE_ID_BYTES : 0) + (this.unusual.has(slot) ? UNUSUAL_STATE_BYTES : 0);
  }

  remove(streamId: string): void {
    const slot = this.slotOf(streamId);
    if (slot === NONE) return;
    this.unlink(slot);
    if (this.unusual.delete(slot)) this.heldBytes -= UNUSUAL_STATE_BYTES;
    const wide = this.wideIdOfSlot.get(slot);
    if (wide !== undefined) {
      this.wideIds.delete(wide);
      this.wideIdOfSlot.delete(slot);
      this.heldBytes -= WIDE_ID_BYTES;
    } else this.removeFromTable(slot);
    this.heldBytes -= BYTES_PER_STREAM;
    this.held -= 1;
    this.freeSlots.push(slot);
  }

  /** The ids held, least recently changed first (a snapshot as it is when asked). */
  *ids(): IterableIterator<string> {
    const slots: number[] = [];
    for (let slot = this.head; slot !== NONE; slot = this.newer[slot]) slots.push(slot);
    for (const slot of slots) yield this.idAt(slot);
  }

  clear(): void {
    this.wideIds.clear();
    this.wideIdOfSlot.clear();
    this.unusual.clear();
    this.freeSlots.length = 0;
    this.nextSlot = 0;
    this.held = 0;
    this.heldBytes = 0;
    this.head = this.tail = NONE;
    this.table.fill(0);
  }

  private slotOf(streamId: string): number {
    const code = keyCodeOf(streamId);
    if (code === WIDE) return this.wideIds.get(streamId) ?? NONE;
    const mask = this.table.length - 1;
    for (let index = code & mask; ; index = (index + 1) & mask) {
      const entry = this.table[index];
      if (entry === 0) return NONE;
      const slot = entry - 1;
      if (this.hashCodes[slot] === code && this.keyIs(slot, streamId)) return slot;
    }
  }

  private add(streamId: string): number {
    if (this.nextSlot >= this.capacity && this.freeSlots.length === 0) this.grow(Math.ceil(this.capacity * 1.5));
    const slot = this.freeSlots.pop() ?? this.nextSlot++;
    this.held += 1;
    this.heldBytes += BYTES_PER_STREAM;
    const code = keyCodeOf(streamId);
    if (code === WIDE) {
      this.wideIds.set(streamId, slot);
      this.wideIdOfSlot.set(slot, streamId);
      this.heldBytes += WIDE_ID_BYTES;
      return slot;
    }
    this.hashCodes[slot] = code;
    this.keyLengths[slot] = streamId.length;
    const at = slot * KEY_BYTES;
    for (let i = 0; i < streamId.length; i++) this.keys[at + i] = streamId.charCodeAt(i);
    this.insertIntoTable(slot);
    return slot;
  }

  private keyIs(slot: number, streamId: string): boolean {
    if (this.keyLengths[slot] !== streamId.length) return false;
    const at = slot * KEY_BYTES;
    for (let i = 0; i < streamId.length; i++) if (this.keys[at + i] !== streamId.charCodeAt(i)) return false;
    return true;
  }

  private idAt(slot: number): string {
    const wide = this.wideIdOfSlot.get(slot);
    if (wide !== undefined) return wide;
    const at = slot * KEY_BYTES;
    return Buffer.from(this.keys.buffer, this.keys.byteOffset + at, this.keyLengths[slot]).toString('latin1');
  }

  private insertIntoTable(slot: number): void {
    const mask = this.table.length - 1;
    let index = this.hashCodes[slot] & mask;
    while (this.table[index] !== 0) index = (index + 1) & mask;
    this.table[index] = slot + 1;
  }

  /** Linear probing's deletion: the entries after it that probed past it move back, so that no lookup stops short. */
  private removeFromTable(slot: number): void {
    const mask = this.table.length - 1;
    let hole = this.hashCodes[slot] & mask;
    while (this.table[hole] !== slot + 1) hole = (hole + 1) & mask;
    for (let index = (hole + 1) & mask; this.table[index] !== 0; index = (index + 1) & mask) {
      const home = this.hashCodes[this.table[index] - 1] & mask;
      // Movable when its home is not within (hole, index], cyclically.
      const between = hole <= index ? home > hole && home <= index : home > hole || home <= index;
      if (!between) {
        this.table[hole] = this.table[index];
        hole = index;
      }
    }
    this.table[hole] = 0;
  }

  private link(slot: number): void {
    this.older[slot] = this.tail;
    this.newer[slot] = NONE;
    if (this.tail !== NONE) this.newer[this.tail] = slot;
    else this.head = slot;
    this.tail = slot;
  }

  private unlink(slot: number): void {
    const older = this.older[slot];
    const newer = this.newer[slot];
    if (older !== NONE) this.newer[older] = newer;
    else this.head = newer;
    if (newer !== NONE) this.older[newer] = older;
    else this.tail = older;
  }

  private stateAt(slot: number): StreamState {
    const unusual = this.unusual.get(slot);
    if (unusual) return { ...unusual };
    return { revision: this.revisions[slot], hash: this.hashes.toString('hex', slot * HASH_BYTES, (slot + 1) * HASH_BYTES) };
  }

  private grow(capacity: number): void {
    const grown = <T extends Uint8Array | Int32Array | Float64Array>(old: T, make: (length: number) => T, perSlot = 1): T => {
      const bigger = make(capacity * perSlot);
      bigger.set(old);
      return bigger;
    };
    this.keys = grown(this.keys, (n) => new Uint8Array(n), KEY_BYTES);
    this.keyLengths = grown(this.keyLengths, (n) => new Uint8Array(n));
    this.hashCodes = grown(this.hashCodes, (n) => new Int32Array(n));
    this.revisions = grown(this.revisions, (n) => new Float64Array(n));
    this.dirty = grown(this.dirty, (n) => new Uint8Array(n));
    this.older = grown(this.older, (n) => new Int32Array(n));
    this.newer = grown(this.newer, (n) => new Int32Array(n));
    const hashes = Buffer.alloc(capacity * HASH_BYTES);
    this.hashes.copy(hashes);
    this.hashes = hashes;
    this.capacity = capacity;
    // At most half full, so that probes stay short.
    let tableSize = 2;
    while (tableSize < capacity * 2) tableSize *= 2;
    if (tableSize !== this.table.length) {
      this.table = new Int32Array(tableSize);
      for (let slot = this.head; slot !== NONE; slot = this.newer[slot]) if (!this.wideIdOfSlot.has(slot)) this.insertIntoTable(slot);
    }
  }
}

const NONE = -1;
const HASH_BYTES = 32;
const KEY_BYTES = 64;
const SHA256_HEX = /^[0-9a-f]{64}$/;
/** What `keyCodeOf` gives an id that does not fit a slot's bytes. */
const WIDE = -1;

/**
 * Per stream held: its slot (64 + 32 + 8 + 8 + 4 + 2 bytes) and its share of the table (2 entries of 4 bytes), with
 * room for the arrays' growth by half.
 */
const BYTES_PER_STREAM = 160;
/** An id kept as a string, and its two Map entries. */
const WIDE_ID_BYTES = 300;
/** An unusual state kept as an object, its strings and the Map's entry for it. */
const UNUSUAL_STATE_BYTES = 400;

/** FNV-1a of the id's characters (non-negative), or WIDE where it has more than KEY_BYTES or one past U+00FF. */
function keyCodeOf(streamId: string): number {
  if (streamId.length > KEY_BYTES) return WIDE;
  let code = 0x811c9dc5;
  for (let i = 0; i < streamId.length; i++) {
    const unit = streamId.charCodeAt(i);
    if (unit > 0xff) return WIDE;
    code = Math.imul(code ^ unit, 0x01000193);
  }
  return code & 0x7fffffff;
}

function isUsual(state: StreamState): boolean {
  return state.alteredContentHash === undefined && state.recorded === undefined && SHA256_HEX.test(state.hash);
}
