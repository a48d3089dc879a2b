import { createHash } from 'node:crypto';
import { prepareAppend } from './append-preparation';
import { RecordedEvent } from './envelope';
import { LedgerSealed, RecordedLedgerSeal, sealDigest } from './ledger-seal';
import { SealChecks, SealProblem } from './seal-checks';

const metadata = { actor: { id: 's-1', role: 'librarian' }, correlationId: 'c', causationId: 'k', source: 'api' as const };

/** A stream of `count` events, positioned from `firstPosition`. */
function stream(streamId: string, count: number, firstPosition: number): RecordedEvent[] {
  const prepared = prepareAppend(streamId, Array.from({ length: count }, (_, n) => ({ type: 'Noted', data: { n } })), metadata, { revision: -1, hash: undefined });
  return prepared.map((event, index) => ({ ...event, globalPosition: firstPosition + index }));
}

function sealOf(events: RecordedEvent[], position: number, overrides: Partial<LedgerSealed> = {}): RecordedLedgerSeal {
  const heads = [events[events.length - 1]].map((event) => ({ streamId: event.streamId, revision: event.streamRevision, hash: event.hash }));
  const sealedThroughPosition = position - 1;
  const seal = { sealedThroughPosition, streamCount: heads.length, heads, digest: sealDigest(sealedThroughPosition, heads), ...overrides };
  return { seal, position, revision: 0, recordedAt: '2026-03-02T10:00:00.000Z', sealedBy: metadata.actor };
}

describe('seal checks', () => {
  const a = stream('licence-a', 3, 1);
  let problems: SealProblem[];
  let checks: SealChecks;
  beforeEach(() => {
    problems = [];
    checks = new SealChecks((problem) => problems.push(problem));
  });
  const walk = (events: RecordedEvent[]) => events.forEach((event) => checks.passed(event, event.hash));

  it('given a seal of a stream, when the walk passes it unchanged, then the seal holds', () => {
    const seal = sealOf(a, 4);
    checks.addSeal(seal);
    walk(a);
    const summary = checks.finish(() => 2);
    expect(problems).toEqual([]);
    expect(summary).toEqual({
      sealsChecked: 1,
      seals: [{ digest: seal.seal.digest, sealedThroughPosition: 3, recordedAt: '2026-03-02T10:00:00.000Z', position: 4, ok: true }],
    });
  });

  it('given a seal, when the sealed event has another hash, then it names the stream, revision and seal', () => {
    const seal = sealOf(a, 4);
    checks.addSeal(seal);
    walk([a[0], a[1], { ...a[2], hash: 'f'.repeat(64) }]);
    checks.finish(() => 2);
    expect(problems).toEqual([expect.objectContaining({ kind: 'sealed-event-changed', streamId: 'licence-a', streamRevision: 2, globalPosition: 3, sealDigest: seal.seal.digest })]);
  });

  it('given a seal, when the sealed event still carries its hash but its content hashes otherwise, then it is changed', () => {
    checks.addSeal(sealOf(a, 4));
    a.slice(0, 2).forEach((event) => checks.passed(event, event.hash));
    checks.passed(a[2], '0'.repeat(64));
    expect(problems.map((problem) => problem.kind)).toEqual(['sealed-event-changed']);
  });

  it('given a seal, when the walk never reaches the sealed revision, then the events are lost', () => {
    checks.addSeal(sealOf(a, 4));
    walk(a.slice(0, 2));
    const summary = checks.finish(() => 1);
    expect(problems).toEqual([expect.objectContaining({ kind: 'sealed-events-lost', streamId: 'licence-a', streamRevision: 2, message: expect.stringContaining('now ends at revision 1') })]);
    expect(summary.seals[0].ok).toBe(false);
  });

  it('given a seal whose heads no longer match its digest, then it is reported and its heads are not trusted', () => {
    checks.addSeal(sealOf(a, 4, { digest: 'e'.repeat(64) }));
    walk([]);
    checks.finish(() => undefined);
    expect(problems).toEqual([expect.objectContaining({ kind: 'seal-digest-mismatch', streamId: 'ledger-seals', streamRevision: 0, globalPosition: 4 })]);
  });

  it.each([
    ['a stream count that disagrees', { streamCount: 5 }],
    ['heads that are not a list', { heads: 'none' as unknown as LedgerSealed['heads'] }],
    ['a head without a hash', { heads: [{ streamId: 'licence-a', revision: 2 }] as LedgerSealed['heads'] }],
  ])('given a seal with %s, then its digest does not hold', (_, overrides) => {
    checks.addSeal(sealOf(a, 4, overrides));
    expect(problems.map((problem) => problem.kind)).toEqual(['seal-digest-mismatch']);
  });

  it('given two seals of the same head, when it changed, then one problem names the earlier seal and both fail', () => {
    const first = sealOf(a, 4);
    checks.addSeal(first);
    checks.addSeal({ ...sealOf(a, 5), revision: 1 });
    walk([a[0], a[1], { ...a[2], hash: 'f'.repeat(64) }]);
    const summary = checks.finish(() => 2);
    expect(problems).toEqual([expect.objectContaining({ kind: 'sealed-event-changed', sealDigest: first.seal.digest })]);
    expect(summary.seals.map((seal) => seal.ok)).toEqual([false, false]);
  });

  it('given a scope, then sealed heads of other streams are not checked', () => {
    checks = new SealChecks((problem) => problems.push(problem), (streamId) => streamId.startsWith('desk-'));
    checks.addSeal(sealOf(a, 4));
    expect(checks.finish(() => undefined).seals[0].ok).toBe(true);
    expect(problems).toEqual([]);
  });

  describe('recording times', () => {
    /** The event, stamped as recorded at the instant. */
    const at = (event: RecordedEvent, recordedAt: string): RecordedEvent => ({ ...event, metadata: { ...event.metadata, recordedAt } });
    const sealedAt = (seal: RecordedLedgerSeal, recordedAt: string): RecordedLedgerSeal => ({ ...seal, recordedAt });
    const b = stream('licence-b', 2, 5);

    it('given a seal at position 4, when an event after it claims to have been recorded before it, then it is back-dated and the seal does not hold', () => {
      const seal = sealOf(a, 4);
      checks.addSeal(seal);
      walk([...a, at(b[0], '2026-03-02T10:00:00.000Z'), at(b[1], '2026-03-01T09:00:00.000Z')]);
      const summary = checks.finish(() => 2);
      expect(problems).toEqual([
        {
          kind: 'recorded-before-seal',
          streamId: 'licence-b',
          streamRevision: 1,
          globalPosition: 6,
          sealDigest: seal.seal.digest,
          message:
            `stream licence-b revision 1 (position 6): recorded at 2026-03-01T09:00:00.000Z, before the seal ${seal.seal.digest} ` +
            '(recorded at 2026-03-02T10:00:00.000Z, position 4) that precedes it in the log: back-dated, inserted after the seal',
        },
      ]);
      expect(summary.seals[0].ok).toBe(false);
    });

    it('given events appended while the seal was computed (after its sealed position, before the seal event), then they are not judged', () => {
      const heads = [{ streamId: 'licence-a', revision: 2, hash: a[2].hash }];
      const seal = { seal: { sealedThroughPosition: 3, streamCount: 1, heads, digest: sealDigest(3, heads) }, position: 5, revision: 0, recordedAt: '2026-03-02T10:00:00.000Z', sealedBy: metadata.actor };
      checks.addSeal(seal);
      walk([...a, at(stream('desk-x', 1, 4)[0], '2026-03-02T09:59:59.000Z')]);
      expect(problems).toEqual([]);
      expect(checks.finish(() => 2).seals[0].ok).toBe(true);
    });

    it('given several seals, when an event is back-dated before some of them, then it names the earliest it contradicts, and only those fail', () => {
      const first = sealedAt(sealOf(a, 4), '2026-03-01T00:00:00.000Z');
      const second = { ...sealedAt(sealOf(a, 5), '2026-03-03T00:00:00.000Z'), revision: 1 };
      checks.addSeal(first);
      checks.addSeal(second);
      walk([...a, at(b[1], '2026-03-02T00:00:00.000Z')]);
      const summary = checks.finish(() => 2);
      expect(problems).toEqual([expect.objectContaining({ kind: 'recorded-before-seal', sealDigest: second.seal.digest, globalPosition: 6 })]);
      expect(summary.seals.map((seal) => seal.ok)).toEqual([true, false]);
    });

    it('given a tolerance for writers with their own clocks, then a small lag behind the seal passes and a larger one does not', () => {
      checks = new SealChecks((problem) => problems.push(problem), () => true, { clockToleranceMs: 10_000 });
      checks.addSeal(sealOf(a, 4));
      walk([at(b[0], '2026-03-02T09:59:55.000Z')]);
      expect(problems).toEqual([]);
      walk([at(b[1], '2026-03-02T09:59:49.000Z')]);
      expect(problems.map((problem) => problem.kind)).toEqual(['recorded-before-seal']);
    });

    it('given a seal whose digest does not hold, then its recording time is not trusted either', () => {
      checks.addSeal(sealOf(a, 4, { digest: 'e'.repeat(64) }));
      walk([at(b[0], '2020-01-01T00:00:00.000Z')]);
      expect(problems.map((problem) => problem.kind)).toEqual(['seal-digest-mismatch']);
    });
  });
});

describe('seal digest', () => {
  it('is the SHA-256 of the canonical JSON of the position and heads, whatever the key order', () => {
    const heads = [{ streamId: 'x', revision: 0, hash: 'a'.repeat(64) }];
    const reordered = [{ hash: 'a'.repeat(64), revision: 0, streamId: 'x' }];
    expect(sealDigest(7, heads)).toBe(sealDigest(7, reordered));
    expect(sealDigest(7, heads)).not.toBe(sealDigest(8, heads));
    // Known answer: sha256 of {"heads":[{"hash":"aaa…","revision":0,"streamId":"x"}],"sealedThroughPosition":7}.
    const canonical = `{"heads":[{"hash":"${'a'.repeat(64)}","revision":0,"streamId":"x"}],"sealedThroughPosition":7}`;
    expect(sealDigest(7, heads)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });
});
