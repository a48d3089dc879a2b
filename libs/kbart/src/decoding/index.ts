export { encodingOfBom } from './bom';
export { decodeKbart, type DecodeOptions, type DecodedText, type DecodingStats } from './decode-stream';
export { DETECTION_SAMPLE_BYTES, detectEncoding, type DetectOptions } from './detect-encoding';
export { KBART_ENCODINGS, isKbartEncoding, type DetectedEncoding, type EncodingSource, type KbartEncoding } from './encodings';
export { guessSingleByte, type SingleByteEncoding, type SingleByteGuess } from './single-byte-guess';
export { utf16WithoutBom } from './utf16-without-bom';
export { isValidUtf8 } from './utf8';
