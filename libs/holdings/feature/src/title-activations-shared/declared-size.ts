import { listTooLarge } from './selection-uploads';

/** 413 from the declared Content-Length, before a byte is read. */
export function refuseDeclaredTooLarge(headers: Record<string, string>, maxBytes: number): void {
  const declared = Number(headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) throw listTooLarge(maxBytes, declared);
}
