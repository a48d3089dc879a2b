import { exportStanzas, parseStanza, parseStanzas, STANZA_MAX_BYTES, STANZA_MAX_LINES, type Stanza } from './ezproxy-stanza';

// Fixtures written for the project (hosts under example.org), shaped after the cases in the grammar notes.
const MINIMAL = ['Title Example Database', 'URL https://www.example.org', 'HJ www.example.org', 'DJ example.org'].join('\n');
const WITH_OPENERS = [
  '# Source - vendor help page',
  'Option X-Forwarded-For',
  'Option DomainCookieOnly',
  'AnonymousURL +https://static.example.org/*',
  'ProxyHostnameEdit www.example.org$ www-example-org',
  'Title Example Full (updated 20260101)',
  'Description Full text of examples.',
  'HTTPHeader -request -process X-Requested-With',
  'URL https://www.example.org/start',
  'Host www.example.org',
  'HostJavaScript api.example.org',
  'Domain example.org',
  'DomainJavaScript cdn.example.org',
  'Find value="http://',
  'Replace value="http://^A',
  'NeverProxy stats.example.org',
  'AnonymousURL -*',
  'Option Cookie',
  'Option NoX-Forwarded-For',
].join('\n');

function errorsOf(text: string) {
  const result = parseStanzas(text);
  return result.ok ? [] : result.errors;
}

describe('parsing an EZproxy stanza', () => {
  it('given a minimal stanza, then title, URL and directives with line numbers', () => {
    expect(parseStanza(MINIMAL)).toEqual({
      ok: true,
      stanza: {
        title: 'Example Database',
        url: 'https://www.example.org',
        directives: [
          { line: 1, name: 'Title', directive: 'Title', value: 'Example Database' },
          { line: 2, name: 'URL', directive: 'URL', value: 'https://www.example.org' },
          { line: 3, name: 'HJ', directive: 'HostJavaScript', value: 'www.example.org' },
          { line: 4, name: 'DJ', directive: 'DomainJavaScript', value: 'example.org' },
        ],
      },
    });
  });

  it('given openers before Title and closers after the hosts, then it is accepted and comments are skipped', () => {
    const result = parseStanza(WITH_OPENERS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.stanza.directives).toHaveLength(18);
    expect(result.stanza.directives[0]).toEqual({ line: 2, name: 'Option', directive: 'Option', value: 'X-Forwarded-For' });
  });

  it.each([
    ['CRLF', MINIMAL.replace(/\n/g, '\r\n')],
    ['CR', MINIMAL.replace(/\n/g, '\r')],
    ['a final newline', `${MINIMAL}\n`],
    ['lower-case and abbreviated labels', 't Example Database\nu https://www.example.org\nhj www.example.org\ndj example.org'],
  ])('given %s, then the same stanza', (_case, text) => {
    const result = parseStanza(text);
    expect(result.ok && [result.stanza.title, result.stanza.url, result.stanza.directives.map((d) => [d.line, d.directive])]).toEqual([
      'Example Database',
      'https://www.example.org',
      [
        [1, 'Title'],
        [2, 'URL'],
        [3, 'HostJavaScript'],
        [4, 'DomainJavaScript'],
      ],
    ]);
  });

  it('given a line continued with a backslash, then one directive on its first line', () => {
    const result = parseStanza('Title Example\nURL https://www.example.org\nHJ www.\\\nexample.org\nDJ example.org');
    expect(result.ok && result.stanza.directives.map((d) => [d.line, d.value])).toEqual([
      [1, 'Example'],
      [2, 'https://www.example.org'],
      [3, 'www.example.org'],
      [5, 'example.org'],
    ]);
  });

  it('given Title -hide, then the title without the flag', () => {
    const result = parseStanza('Title -hide Hidden Example\nURL https://id.example.org');
    expect(result.ok && result.stanza.title).toBe('Hidden Example');
  });

  it('given a Title with only Description lines, then a menu separator without URL', () => {
    const result = parseStanzas('Title Separator\nDescription <hr>\n\nTitle Next\nURL https://next.example.org');
    expect(result.ok && result.stanzas.map((s) => [s.title, s.url])).toEqual([
      ['Separator', undefined],
      ['Next', 'https://next.example.org'],
    ]);
  });

  it('given two stanzas, then parseStanza refuses and parseStanzas returns both', () => {
    const two = `${MINIMAL}\n\nTitle Second\nURL https://second.example.org`;
    const both = parseStanzas(two);
    expect(both.ok && both.stanzas.length).toBe(2);
    expect(parseStanza(two)).toEqual({ ok: false, errors: [{ line: 0, reason: 'expected one stanza, found 2' }] });
  });

  // given a broken stanza, then refused with this line and a reason containing this text
  it.each([
    ['an unknown directive', 'Title X\nURL https://x.example.org\nHostt x.example.org', 3, 'unknown directive "Hostt"'],
    ['a Title without URL', 'Title X\nHJ x.example.org', 1, 'has no URL'],
    ['a URL before Title', 'URL https://x.example.org\nTitle X', 1, 'URL before any Title'],
    ['a second URL', 'Title X\nURL https://x.example.org\nURL https://y.example.org', 3, 'second URL'],
    ['a host line before URL', 'Title X\nHJ x.example.org\nURL https://x.example.org', 2, 'belongs after URL'],
    ['an opener never closed', 'Option DomainCookieOnly\nTitle X\nURL https://x.example.org', 1, 'opened and never closed'],
    ['an opener after Title', 'Title X\nOption DomainCookieOnly\nURL https://x.example.org\nOption Cookie', 2, 'between Title and URL'],
    ['a closer between Title and URL', 'Title X\nOption Cookie\nURL https://x.example.org', 2, 'closers go after the last host line'],
    ['an opener cancelled at once', 'Option HideEZproxy\nOption NoHideEZproxy\nTitle X\nURL https://x.example.org', 2, 'before any Title'],
    ['Find without Replace', 'Title X\nURL https://x.example.org\nFind a\nNeverProxy b.example.org', 3, 'Find not directly followed by Replace'],
    ['Replace without Find', 'Title X\nURL https://x.example.org\nReplace a', 3, 'Replace without a Find'],
    ['AnonymousURL never closed', 'AnonymousURL +https://x.example.org/*\nTitle X\nURL https://x.example.org', 1, 'never closed'],
    ['AddUserHeader never closed', 'AddUserHeader X-User\nTitle X\nURL https://x.example.org', 1, 'never closed'],
    [
      'an opener re-opened after a stanza',
      'Option UTF16\nTitle X\nURL https://x.example.org\n\nOption UTF16\nTitle Y\nURL https://y.example.org\nOption NoUTF16',
      1,
      'never closed before line 5',
    ],
    ['Description after URL', 'Title X\nURL https://x.example.org\nDescription late', 3, 'Description outside'],
  ])('given %s, then refused at line %i', (_case, text, line, reason) => {
    expect(errorsOf(text)).toEqual(expect.arrayContaining([{ line, reason: expect.stringContaining(reason) }]));
  });

  it('given text over the size caps, then refused before parsing', () => {
    expect(errorsOf('#'.repeat(STANZA_MAX_BYTES + 1))).toEqual([{ line: 0, reason: expect.stringContaining('larger than') }]);
    expect(errorsOf('\n'.repeat(STANZA_MAX_LINES + 1))).toEqual([{ line: 0, reason: expect.stringContaining('more than') }]);
  });
});

describe('exporting stanzas', () => {
  const stanza = (text: string): Stanza => {
    const result = parseStanza(text);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.stanza;
  };
  const resources = [
    { id: 'res:zeta', name: 'Zeta Index', stanza: stanza('T Zeta Index\nU https://zeta.example.org\nDJ zeta.example.org') },
    { id: 'res:full', name: 'The Example Full', stanza: stanza(WITH_OPENERS) },
    { id: 'res:alpha', name: 'Alpha Abstracts', stanza: stanza(MINIMAL) },
  ];

  it('given resources in any order, then one fragment in filing order, commented, every line ending in a newline', () => {
    const fragment = exportStanzas(resources);
    expect(fragment).toBe(exportStanzas([...resources].reverse()));
    expect(fragment.split('\n').filter((l) => l.startsWith('# '))).toEqual([
      '# Alpha Abstracts (res:alpha)',
      '# The Example Full (res:full)',
      '# Zeta Index (res:zeta)',
    ]);
    expect(fragment.endsWith('\n')).toBe(true);
    expect(fragment).toContain('DJ example.org\n\n# The Example Full (res:full)\nOption X-Forwarded-For\n');
    expect(fragment).toContain('T Zeta Index\nU https://zeta.example.org\n');
  });

  it('given the exported fragment, then it parses again to the same stanzas', () => {
    const again = parseStanzas(exportStanzas(resources));
    expect(again.ok && again.stanzas.map((s) => s.directives.map((d) => [d.name, d.value]))).toEqual(
      [resources[2], resources[1], resources[0]].map((r) => r.stanza.directives.map((d) => [d.name, d.value])),
    );
  });

  it('given a name with a line break, then the comment stays on one line', () => {
    expect(exportStanzas([{ id: 'x', name: 'Two\nLines', stanza: stanza(MINIMAL) }]).split('\n')[0]).toBe('# Two Lines (x)');
  });
});
