/**
 * Types a download is served as when the uploader said so; anything else (text/html, image/svg+xml, JavaScript, ...)
 * goes out as application/octet-stream, so that no browser renders or runs what someone uploaded.
 */
const SERVED_AS_UPLOADED = new Set([
  'application/pdf',
  'application/msword',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'image/png',
  'image/jpeg',
]);

export function safeDownloadMediaType(recorded: string): string {
  const essence = recorded.split(';', 1)[0].trim().toLowerCase();
  return SERVED_AS_UPLOADED.has(essence) ? essence : 'application/octet-stream';
}
