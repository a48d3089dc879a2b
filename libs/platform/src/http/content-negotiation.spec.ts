import { negotiateFormat } from './content-negotiation';

const OFFERED = { json: 'application/json', csv: 'text/csv' } as const;

describe('content negotiation', () => {
  const negotiate = (request: { format?: 'json' | 'csv'; accept?: string }) => {
    const headers: Record<string, string> = {};
    const format = negotiateFormat(OFFERED, request, { setHeader: (name, value) => (headers[name] = value) });
    return { format, vary: headers.Vary };
  };

  it('given a format parameter, when any Accept header comes with it, then the parameter decides', () => {
    expect(negotiate({ format: 'csv', accept: 'application/json' }).format).toBe('csv');
    expect(negotiate({ format: 'json', accept: 'text/csv' }).format).toBe('json');
  });

  it('given no preference, when asked, then the first representation offered', () => {
    expect(negotiate({}).format).toBe('json');
    expect(negotiate({ accept: '*/*' }).format).toBe('json');
    expect(negotiate({ accept: 'image/png' }).format).toBe('json');
  });

  it('given an Accept header, when it prefers one offered type, then that one, quality values included', () => {
    expect(negotiate({ accept: 'text/csv' }).format).toBe('csv');
    expect(negotiate({ accept: 'text/csv, application/json' }).format).toBe('csv');
    expect(negotiate({ accept: 'application/json, text/csv' }).format).toBe('json');
    expect(negotiate({ accept: 'text/csv;q=0.1, application/json' }).format).toBe('json');
    expect(negotiate({ accept: 'application/json;q=0.5, text/csv' }).format).toBe('csv');
  });

  it('always says that the answer varies with Accept', () => {
    expect(negotiate({}).vary).toBe('Accept');
    expect(negotiate({ format: 'csv' }).vary).toBe('Accept');
  });
});
