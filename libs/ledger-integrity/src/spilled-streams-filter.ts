/**
 * A Bloom filter of the streams sent to the spill: "never spilled" is certain, so the walk does not ask the spill
 * about a stream it has never seen (most of them, in a log of many short streams). Fixed size: 4 MiB gives about
 * 0.5% false positives at 2 million streams; past that only more needless lookups, never a wrong answer.
 */
export class SpilledStreamsFilter {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  constructor(log2Bits = 25) {
    this.bits = new Uint32Array(2 ** (log2Bits - 5));
    this.mask = 2 ** log2Bits - 1;
  }

  add(streamId: string): void {
    const [a, b] = hashesOf(streamId);
    for (let i = 0; i < PROBES; i++) {
      const bit = (a + i * b) & this.mask;
      this.bits[bit >>> 5] |= 1 << (bit & 31);
    }
  }

  mayHave(streamId: string): boolean {
    const [a, b] = hashesOf(streamId);
    for (let i = 0; i < PROBES; i++) {
      const bit = (a + i * b) & this.mask;
      if ((this.bits[bit >>> 5] & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  }
}

const PROBES = 3;

/** Two 32-bit FNV-1a hashes (different offsets) of the id's code units, for double hashing. */
function hashesOf(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    a = Math.imul(a ^ unit, 0x01000193);
    b = Math.imul(b ^ unit, 0x5bd1e995);
  }
  return [a >>> 0, (b >>> 0) | 1];
}
