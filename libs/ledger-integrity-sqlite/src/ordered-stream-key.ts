/**
 * A stream id as bytes whose order (memcmp, as SQLite compares BLOBs) is the order of its UTF-16 code units, as RFC
 * 8785 sorts keys, yet one byte per ASCII character. Each code unit on its own (lone surrogates too):
 * 0x0000–0x007F as one byte; 0x0080–0x3FFF as two, the first 0x80–0xBF; 0x4000–0xFFFF as three, the first 0xC0.
 * The first byte says the length and the ranges rise with the unit, so bytes compare as the units do.
 */
export function keyOfStreamId(streamId: string): Buffer {
  if (ASCII.test(streamId)) return Buffer.from(streamId, 'latin1');
  const bytes: number[] = [];
  for (let i = 0; i < streamId.length; i++) {
    const unit = streamId.charCodeAt(i);
    if (unit < 0x80) bytes.push(unit);
    else if (unit < 0x4000) bytes.push(0x80 | (unit >> 8), unit & 0xff);
    else bytes.push(0xc0, unit >> 8, unit & 0xff);
  }
  return Buffer.from(bytes);
}

/** The stream id a key was made from. */
export function streamIdOfKey(key: Buffer): string {
  let ascii = true;
  for (let i = 0; i < key.length && ascii; i++) ascii = key[i] < 0x80;
  if (ascii) return key.toString('latin1');
  const units: number[] = [];
  for (let i = 0; i < key.length;) {
    const first = key[i];
    if (first < 0x80) {
      units.push(first);
      i += 1;
    } else if (first < 0xc0) {
      units.push(((first & 0x3f) << 8) | key[i + 1]);
      i += 2;
    } else {
      units.push((key[i + 1] << 8) | key[i + 2]);
      i += 3;
    }
  }
  return String.fromCharCode(...units);
}

const ASCII = /^[\u0000-\u007f]*$/;
