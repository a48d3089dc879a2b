import { safeDownloadMediaType } from './safe-media-type';

describe('the media type a download is served as', () => {
  it.each([
    ['application/pdf', 'application/pdf'],
    ['Application/PDF; name="x.pdf"', 'application/pdf'],
    ['image/png', 'image/png'],
    ['text/html', 'application/octet-stream'],
    ['text/html; charset=utf-8', 'application/octet-stream'],
    ['image/svg+xml', 'application/octet-stream'],
    ['application/xhtml+xml', 'application/octet-stream'],
    ['text/javascript', 'application/octet-stream'],
    ['application/octet-stream', 'application/octet-stream'],
  ])('serves %s as %s', (recorded, served) => {
    expect(safeDownloadMediaType(recorded)).toBe(served);
  });
});
