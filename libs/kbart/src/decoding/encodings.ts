// The encodings a vendor's KBART file is read in: what the issue names, nothing more (iconv-lite's names).
export const KBART_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1', 'macintosh'] as const;
export type KbartEncoding = (typeof KBART_ENCODINGS)[number];

export const isKbartEncoding = (value: string): value is KbartEncoding => (KBART_ENCODINGS as readonly string[]).includes(value);

/** How the encoding was decided: a byte-order mark, the bytes being valid UTF-8, a guess, or the caller's override. */
export type EncodingSource = 'bom' | 'valid-utf8' | 'guessed' | 'override';

export interface DetectedEncoding {
  readonly encoding: KbartEncoding;
  /** The bytes begin with a byte-order mark (removed from the text whenever it belongs to the encoding used). */
  readonly bom: boolean;
  readonly source: EncodingSource;
  /** 0..1, only for a guess: how sure the guess is. */
  readonly confidence?: number;
}
