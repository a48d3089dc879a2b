import { AzReads } from './a-z-reads';
import { CacheableResponse } from './public-answer';
import { AzPublicAnswers } from './public-answers';

/** A response that remembers what was sent. */
function aResponse() {
  const sent = { status: 0, headers: {} as Record<string, string>, body: undefined as string | Buffer | undefined };
  const response: CacheableResponse = {
    setHeader: (name, value) => (sent.headers[name] = value),
    status: (code) => ((sent.status = code), response),
    send: (body) => (sent.body = body),
    end: () => undefined,
  };
  return { response, sent };
}

describe('public A-Z answers kept by read-model positions', () => {
  let fingerprint: string | undefined = 'p1';
  const reads = { fingerprint: async () => fingerprint } as Pick<AzReads, 'fingerprint'> as AzReads;
  const build = jest.fn(async () => ({ body: '{"entries":[]}', contentType: 'application/json' }));
  const ask = { parts: ['a-z.json', '2026-03-01'] };

  beforeEach(() => {
    fingerprint = 'p1';
    build.mockClear();
  });

  it('given the answer kept at the same positions, answers a matching If-None-Match with 304 without building', async () => {
    const answers = new AzPublicAnswers(reads);
    const first = aResponse();
    await answers.send(first.response, undefined, ask, build);
    const again = aResponse();
    await answers.send(again.response, first.sent.headers.ETag, ask, build);
    expect([first.sent.status, again.sent.status, again.sent.body]).toEqual([200, 304, undefined]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('given the positions moved, builds again', async () => {
    const answers = new AzPublicAnswers(reads);
    await answers.send(aResponse().response, undefined, ask, build);
    fingerprint = 'p2';
    await answers.send(aResponse().response, undefined, ask, build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('given requests asking differently, builds each', async () => {
    const answers = new AzPublicAnswers(reads);
    await answers.send(aResponse().response, undefined, ask, build);
    await answers.send(aResponse().response, undefined, { parts: ['a-z.json', '2026-03-02'] }, build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('given concurrent requests for an answer not yet kept, builds it once', async () => {
    const answers = new AzPublicAnswers(reads);
    const responses = [aResponse(), aResponse(), aResponse()];
    await Promise.all(responses.map(({ response }) => answers.send(response, undefined, ask, build)));
    expect(build).toHaveBeenCalledTimes(1);
    expect(responses.map(({ sent }) => sent.status)).toEqual([200, 200, 200]);
  });

  it('given positions it cannot know (licences without a version), keeps nothing', async () => {
    fingerprint = undefined;
    const answers = new AzPublicAnswers(reads);
    await answers.send(aResponse().response, undefined, ask, build);
    await answers.send(aResponse().response, undefined, ask, build);
    expect(build).toHaveBeenCalledTimes(2);
  });

  it('given a build that fails, keeps nothing and lets the next request build', async () => {
    const answers = new AzPublicAnswers(reads);
    await expect(answers.send(aResponse().response, undefined, ask, async () => Promise.reject(new Error('not on the list')))).rejects.toThrow(
      'not on the list',
    );
    await answers.send(aResponse().response, undefined, ask, build);
    expect(build).toHaveBeenCalledTimes(1);
  });
});
