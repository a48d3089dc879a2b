import { publicLink } from './public-link';

const PREFIX = 'https://login.proxy.example.edu/login?url=';

describe('the public link of a resource', () => {
  it.each([
    ['&, ? and #', 'https://db.example.com/search?q=a&b=c#top', 'https%3A%2F%2Fdb.example.com%2Fsearch%3Fq%3Da%26b%3Dc%23top'],
    ['spaces', 'https://db.example.com/a b?q=x y', 'https%3A%2F%2Fdb.example.com%2Fa%2520b%3Fq%3Dx%2520y'],
    [
      'non-ASCII in path, query and host',
      'https://Bücher.example/Zürich?ort=Köln',
      'https%3A%2F%2Fxn--bcher-kva.example%2FZ%25C3%25BCrich%3Fort%3DK%25C3%25B6ln',
    ],
    ['an equals sign and a plus', 'https://db.example.com/?a=b+c', 'https%3A%2F%2Fdb.example.com%2F%3Fa%3Db%2Bc'],
  ])('given a proxied resource whose URL holds %s, is the prefix and the URL as one encoded value', (_, url, encoded) => {
    const link = publicLink(url, true, PREFIX);
    expect(link).toBe(PREFIX + encoded);
    // The proxy decodes the value once and gets back the URL a browser would have requested.
    expect(decodeURIComponent(link!.slice(PREFIX.length))).toBe(new URL(url).href);
  });

  it('given a resource that is not proxied, is its URL as a browser sends it', () => {
    expect(publicLink('https://db.example.com/a b?q=é#x', false, PREFIX)).toBe('https://db.example.com/a%20b?q=%C3%A9#x');
  });

  it('given no proxy prefix configured, is the URL itself even for a proxied resource', () => {
    expect(publicLink('https://db.example.com/', true, undefined)).toBe('https://db.example.com/');
  });

  it('given no URL, or one that does not parse, gives no link', () => {
    expect(publicLink(undefined, true, PREFIX)).toBeUndefined();
    expect(publicLink('not a url', true, PREFIX)).toBeUndefined();
  });
});
