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
