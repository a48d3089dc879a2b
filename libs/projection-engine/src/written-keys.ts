const BITS = 1 << 24; // 2 MiB: under 3% false positives at two million keys, far fewer below.
const PROBES = 3;

/**
 * The keys written so far to a generation that began empty, as a Bloom filter: a handler's read of a document never
 * written (in a rebuild, the first event of each cell or entry, most of them) is answered without asking the store.
 * A false positive only costs that look-up; there are no false negatives.
 */
export class WrittenKeys {
  private readonly bits = new Uint32Array(BITS / 32);

  add(key: string): void {
    const [first, step] = hashes(key);
    for (let i = 0, bit = first; i < PROBES; i++, bit = (bit + step) >>> 0) this.bits[(bit % BITS) >>> 5] |= 1 << (bit & 31);
  }

  mayHold(key: string): boolean {
    const [first, step] = hashes(key);
    for (let i = 0, bit = first; i < PROBES; i++, bit = (bit + step) >>> 0) {
      if ((this.bits[(bit % BITS) >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

/** Two FNV-1a hashes (different offsets and primes) in one pass; the step is odd so that probes differ. */
function hashes(key: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return [a >>> 0, (b | 1) >>> 0];
}
