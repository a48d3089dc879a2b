import { RecordedAtOrder, RecordedMark } from './recorded-at-order';
import { IntegrityProblem } from './integrity-problem';

const mark = (streamId: string, streamRevision: number, globalPosition: number, recordedAt: string): RecordedMark => ({
  streamId,
  streamRevision,
  globalPosition,
  recordedAtMs: Date.parse(recordedAt),
});

describe('recording order', () => {
  let problems: IntegrityProblem[];
  beforeEach(() => {
    problems = [];
  });
  const pass = (acrossStreams: boolean, marks: RecordedMark[]) => {
    const order = new RecordedAtOrder((problem) => problems.push(problem), acrossStreams);
    marks.forEach((each) => order.passed(each));
  };

  it('given times that never decrease along the log (ties included), then nothing is reported', () => {
    pass(true, [mark('a', 0, 1, '2026-01-01T00:00:00Z'), mark('b', 0, 2, '2026-01-01T00:00:00Z'), mark('a', 1, 3, '2026-01-02T00:00:00Z')]);
    expect(problems).toEqual([]);
  });

  it('given a monotonic store, when an event is recorded before one earlier in the log, then it is back-dated, naming both', () => {
    pass(true, [
      mark('a', 0, 1, '2026-01-01T00:00:00Z'),
      mark('b', 0, 2, '2026-01-03T00:00:00Z'),
      mark('a', 1, 3, '2026-01-02T00:00:00Z'),
      mark('b', 1, 4, '2026-01-04T00:00:00Z'),
    ]);
    expect(problems).toEqual([
      {
        kind: 'recorded-at-out-of-order',
        streamId: 'a',
        streamRevision: 1,
        globalPosition: 3,
        message:
          'stream a revision 1 (position 3): recorded at 2026-01-02T00:00:00.000Z, earlier than stream b revision 0 (position 2, recorded at 2026-01-03T00:00:00.000Z) ' +
          'before it in the log: back-dated or inserted out of order',
      },
    ]);
  });

  it('given writers with their own clocks, then only the order within each stream is judged', () => {
    pass(false, [mark('a', 0, 1, '2026-01-01T00:00:00Z'), mark('b', 0, 2, '2026-01-03T00:00:00Z'), mark('a', 1, 3, '2026-01-02T00:00:00Z')]);
    expect(problems).toEqual([]);
    pass(false, [mark('a', 0, 1, '2026-01-02T00:00:00Z'), mark('b', 0, 2, '2026-01-01T00:00:00Z'), mark('a', 1, 3, '2026-01-01T12:00:00Z')]);
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'recorded-at-out-of-order',
        streamId: 'a',
        streamRevision: 1,
        message: expect.stringContaining('earlier than its revision 0'),
      }),
    ]);
  });

  it('given several back-dated events in a row, then each is reported against the latest time before them', () => {
    pass(true, [mark('a', 0, 1, '2026-01-05T00:00:00Z'), mark('a', 1, 2, '2026-01-01T00:00:00Z'), mark('a', 2, 3, '2026-01-02T00:00:00Z')]);
    expect(problems.map((problem) => [problem.streamRevision, problem.message.includes('its revision 0')])).toEqual([
      [1, true],
      [2, true],
    ]);
  });
});
