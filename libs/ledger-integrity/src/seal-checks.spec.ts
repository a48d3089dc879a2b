import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import { prepareAppend, RecordedEvent } from '@era/event-store';
import {
  explicitHeadsOf,
  LEDGER_SEALED,
  LedgerSealedByCategory,
  ledgerSealOf,
  RecordedLedgerSeal,
  SEAL_STREAM,
  sealDigest,
  toRecordedSeal,
} from './ledger-seal';
import { categoryOf, categorySealDigest, headsDigestOf, sealedCategoriesOf } from './seal-categories';
import { SealChecks, SealProblem } from './seal-checks';

const metadata = { actor: { id: 's-1', role: 'librarian' }, correlationId: 'c', causationId: 'k', source: 'api' as const };

/** A stream of `count` events, positioned from `firstPosition`. */
function stream(streamId: string, count: number, firstPosition: number): RecordedEvent[] {
  const prepared = prepareAppend(
    streamId,
    Array.from({ length: count }, (_, n) => ({ type: 'Noted', data: { n } })),
    metadata,
    { revision: -1, hash: undefined },
  );
  return prepared.map((event, index) => ({ ...event, globalPosition: firstPosition + index }));
}

/** A schema-1 seal of the stream's last event, read back from its stored event; `overrides` alter what is stored, malformed or not. */
function sealOf(events: RecordedEvent[], position: number, overrides: Record<string, unknown> = {}): RecordedLedgerSeal {
  const heads = [events[events.length - 1]].map((event) => ({ streamId: event.streamId, revision: event.streamRevision, hash: event.hash }));
  const sealedThroughPosition = position - 1;
  const data = { sealedThroughPosition, streamCount: heads.length, heads, digest: sealDigest(sealedThroughPosition, heads), ...overrides };
  const [stored] = prepareAppend(
    SEAL_STREAM,
    [{ type: LEDGER_SEALED, data }],
    metadata,
    { revision: -1, hash: undefined },
    new Date('2026-03-02T10:00:00.000Z'),
  );
  return toRecordedSeal({ ...stored, globalPosition: position });
}

describe('seal checks on schema-1 seals (every head listed, as sealed before categories)', () => {
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
    expect(problems).toEqual([
      expect.objectContaining({ kind: 'sealed-event-changed', streamId: 'licence-a', streamRevision: 2, globalPosition: 3, sealDigest: seal.seal.digest }),
    ]);
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
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'sealed-events-lost',
        streamId: 'licence-a',
        streamRevision: 2,
        message: expect.stringContaining('now ends at revision 1'),
      }),
    ]);
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
    ['heads that are not a list', { heads: 'none' }],
    ['a head without a hash', { heads: [{ streamId: 'licence-a', revision: 2 }] }],
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
    checks = new SealChecks(
      (problem) => problems.push(problem),
      (streamId) => streamId.startsWith('desk-'),
    );
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
      const seal = {
        seal: { sealedThroughPosition: 3, streamCount: 1, heads, digest: sealDigest(3, heads) },
        position: 5,
        revision: 0,
        recordedAt: '2026-03-02T10:00:00.000Z',
        sealedBy: metadata.actor,
      };
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
      checks = new SealChecks(
        (problem) => problems.push(problem),
        () => true,
        { clockToleranceMs: 10_000 },
      );
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

/** A stream id of the category with a UUID made from n. */
const idIn = (category: string, n: number) => `${category}-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const headOf = (event: RecordedEvent) => ({ streamId: event.streamId, revision: event.streamRevision, hash: event.hash });

describe('seal categories', () => {
  it.each([
    ['licence-3f2a9c1e-8b7d-4e6f-9a1b-2c3d4e5f6a7b', 'licence'],
    ['desk-inquiry-3F2A9C1E-8B7D-4E6F-9A1B-2C3D4E5F6A7B', 'desk-inquiry'],
    ['vocabulary-licence-terms', 'vocabulary-licence-terms'],
    ['ledger-seals', 'ledger-seals'],
    ['licence-a', 'licence-a'],
  ])('puts %s in category %s', (streamId, category) => {
    expect(categoryOf(streamId)).toBe(category);
  });

  it("digests a category's heads as the SHA-256 of their canonical JSON, hashed piece by piece", () => {
    const heads = [0, 1, 2].map((n) => ({ streamId: idIn('licence', n), revision: n, hash: String(n).repeat(64) }));
    expect(headsDigestOf(heads)).toBe(
      createHash('sha256')
        .update(canonicalize(heads) as string)
        .digest('hex'),
    );
    expect(headsDigestOf([])).toBe(createHash('sha256').update('[]').digest('hex'));
  });

  it('digests a seal as the SHA-256 of the canonical position and categories without their heads', () => {
    const categories = [{ category: 'licence', streamCount: 1, headsDigest: 'b'.repeat(64), heads: [] }];
    const canonical = `{"categories":[{"category":"licence","headsDigest":"${'b'.repeat(64)}","streamCount":1}],"sealedThroughPosition":7}`;
    expect(categorySealDigest(7, categories)).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('lists the heads of small categories only, dropping the largest lists first to stay within the limit in all', () => {
    const heads = [
      ...[1, 2, 3, 4, 5].map((n) => ({ streamId: idIn('desk-inquiry', n), revision: 0, hash: 'a'.repeat(64) })),
      ...[1, 2, 3].map((n) => ({ streamId: idIn('licence', n), revision: 0, hash: 'a'.repeat(64) })),
      ...[1, 2].map((n) => ({ streamId: idIn('desk-headcount', n), revision: 0, hash: 'a'.repeat(64) })),
      { streamId: 'ledger-seals', revision: 0, hash: 'a'.repeat(64) },
    ];
    const categories = sealedCategoriesOf(heads.reverse(), { maxPerCategory: 4, maxInAll: 5, maxListedBytes: 1_000_000 });
    expect(categories.map(({ category, streamCount, heads: listed }) => [category, streamCount, listed?.length])).toEqual([
      ['desk-headcount', 2, 2],
      ['desk-inquiry', 5, undefined],
      ['ledger-seals', 1, 1],
      ['licence', 3, undefined],
    ]);
    expect(categories[0].heads?.map((head) => head.streamId)).toEqual([idIn('desk-headcount', 1), idIn('desk-headcount', 2)]);
  });

  it('keeps a seal well under 1 MiB at the default limits, even with the longest stream ids', () => {
    const longId = (category: number, n: number) => `c${category}-${'x'.repeat(150)}-00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const heads = Array.from({ length: 8 }, (_, category) =>
      Array.from({ length: 1_000 }, (__, n) => ({ streamId: longId(category, n), revision: 12345, hash: 'a'.repeat(64) })),
    ).flat();
    const seal = ledgerSealOf(1_000_000, [
      ...heads,
      ...Array.from({ length: 5_000 }, (_, n) => ({ streamId: idIn('desk-inquiry', n), revision: 1, hash: 'b'.repeat(64) })),
    ]);
    expect(Buffer.byteLength(JSON.stringify(seal))).toBeLessThan(600 * 1024);
    expect(seal.categories.filter((category) => category.heads).length).toBeGreaterThan(0);
  });
});

describe('seal checks on schema-2 seals (by category)', () => {
  // Positions 1-6: two inquiries of 3 events each, interleaved by stream; then a licence at 7-8.
  const inquiries = [stream(idIn('desk-inquiry', 1), 3, 1), stream(idIn('desk-inquiry', 2), 3, 4)];
  const licence = stream(idIn('licence', 1), 2, 7);
  const log = [...inquiries.flat(), ...licence];
  /** Desk inquiries sealed by digest only, licences listed. */
  const limits = { maxPerCategory: 1, maxInAll: 10, maxListedBytes: 1_000_000 };
  const sealAt = (position: number, seal: LedgerSealedByCategory): RecordedLedgerSeal => ({
    seal,
    position,
    revision: 0,
    recordedAt: '2026-03-02T10:00:00.000Z',
    sealedBy: metadata.actor,
  });
  const sealed = () => sealAt(9, ledgerSealOf(8, [headOf(inquiries[0][2]), headOf(inquiries[1][2]), headOf(licence[1])], limits));
  let problems: SealProblem[];
  const checksOf = (wholeCategories: (category: string) => boolean) =>
    new SealChecks(
      (problem) => problems.push(problem),
      () => true,
      { wholeCategories },
    );
  beforeEach(() => (problems = []));

  it('given a seal, then the small category is listed and the large one is held by its digest only', () => {
    const { seal } = sealed();
    expect((seal as LedgerSealedByCategory).categories.map((category) => [category.category, category.streamCount, category.heads?.length])).toEqual([
      ['desk-inquiry', 2, undefined],
      ['licence', 1, 1],
    ]);
    expect(explicitHeadsOf(seal)).toEqual([headOf(licence[1])]);
  });

  it('given the whole log walked unchanged, then every category holds', () => {
    const checks = checksOf(() => true);
    checks.addSeal(sealed());
    log.forEach((event) => checks.passed(event, event.hash));
    expect(problems).toEqual([]);
    expect(checks.finish(() => 2).seals[0]).toMatchObject({ ok: true });
  });

  it('given a stream of a digest-only category rewritten, then the category is reported changed, naming it, the seal and the counts', () => {
    const checks = checksOf(() => true);
    const seal = sealed();
    checks.addSeal(seal);
    log.forEach((event) => checks.passed(event, event === inquiries[1][2] ? 'f'.repeat(64) : event.hash));
    const summary = checks.finish(() => 2);
    expect(problems).toEqual([
      expect.objectContaining({
        kind: 'sealed-category-changed',
        category: 'desk-inquiry',
        streamId: 'ledger-seals',
        streamRevision: 0,
        globalPosition: 9,
        sealDigest: seal.seal.digest,
      }),
    ]);
    expect(problems[0].message).toContain('category desk-inquiry: its 2 streams as of position 8');
    expect(problems[0].message).toContain(`are not the 2 sealed at position 9 (seal ${seal.seal.digest}`);
    expect(summary.seals[0].ok).toBe(false);
  });

  it('given a stream of a digest-only category gone, then the counts differ', () => {
    const checks = checksOf(() => true);
    checks.addSeal(sealed());
    [...inquiries[1], ...licence].forEach((event) => checks.passed(event, event.hash));
    checks.finish(() => 2);
    expect(problems.map((problem) => [problem.kind, problem.category, problem.message.slice(0, 33)])).toEqual([
      ['sealed-category-changed', 'desk-inquiry', 'category desk-inquiry: its 1 stre'],
    ]);
  });

  it('given events after the sealed position, then they do not count against it', () => {
    const checks = checksOf(() => true);
    checks.addSeal(sealAt(6, ledgerSealOf(5, [headOf(inquiries[0][2]), headOf(inquiries[1][1])], limits)));
    [...log, ...stream(idIn('desk-inquiry', 3), 1, 10)].forEach((event) => checks.passed(event, event.hash));
    expect(problems).toEqual([]);
    expect(checks.finish(() => 2).seals[0].ok).toBe(true);
  });

  it('given a listed category, then a changed head is named precisely, as with schema 1', () => {
    const checks = checksOf(() => true);
    checks.addSeal(sealed());
    log.forEach((event) => checks.passed(event, event === licence[1] ? 'f'.repeat(64) : event.hash));
    expect(problems.map((problem) => [problem.kind, problem.streamId, problem.streamRevision])).toEqual([['sealed-event-changed', idIn('licence', 1), 1]]);
  });

  it('given a check that does not walk the whole category, then it does not judge it, and says it is sealed by digest only', () => {
    const checks = checksOf(() => false);
    checks.addSeal(sealed());
    // Only one inquiry stream checked, and that one altered: nothing to judge the category's digest by.
    [inquiries[1][2], ...licence].forEach((event) => checks.passed(event, event === inquiries[1][2] ? 'f'.repeat(64) : event.hash));
    expect(problems).toEqual([]);
    expect(checks.finish(() => 2).seals[0]).toMatchObject({ ok: true, sealedByDigestOnly: ['desk-inquiry'] });
  });

  it.each([
    [
      'a category count changed',
      (seal: LedgerSealedByCategory) => ({ ...seal, categories: seal.categories.map((category) => ({ ...category, streamCount: 3 })) }),
    ],
    [
      'a listed head dropped',
      (seal: LedgerSealedByCategory) => ({ ...seal, categories: seal.categories.map((category) => ({ ...category, heads: category.heads && [] })) }),
    ],
    [
      'a heads digest changed',
      (seal: LedgerSealedByCategory) => ({ ...seal, categories: seal.categories.map((category) => ({ ...category, headsDigest: 'e'.repeat(64) })) }),
    ],
    ['categories reordered', (seal: LedgerSealedByCategory) => ({ ...seal, categories: [...seal.categories].reverse() })],
  ])('given a seal with %s, then its digest does not hold', (_, alter) => {
    const checks = checksOf(() => true);
    const seal = sealed();
    checks.addSeal({ ...seal, seal: alter(seal.seal as LedgerSealedByCategory) });
    expect(problems.map((problem) => problem.kind)).toEqual(['seal-digest-mismatch']);
  });
});
