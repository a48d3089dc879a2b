import { projectorIsSilent } from './projector-heartbeat';

describe('whether the projector is silent', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');
  const staleMs = 15_000;

  it('is not, while its last heartbeat is younger than the threshold', () => {
    expect(projectorIsSilent('2026-12-03T11:59:50Z', true, staleMs, now)).toBe(false);
  });

  it('is, once its last heartbeat is older than the threshold', () => {
    expect(projectorIsSilent('2026-12-03T11:59:44Z', true, staleMs, now)).toBe(true);
  });

  it('is, when it never beat although projections have checkpoints (a projector ran without a heartbeat)', () => {
    expect(projectorIsSilent(undefined, true, staleMs, now)).toBe(true);
  });

  it('is not, before any projector ran: there is nothing it could have said', () => {
    expect(projectorIsSilent(undefined, false, staleMs, now)).toBe(false);
  });

  it('is, when the recorded time cannot be read', () => {
    expect(projectorIsSilent('not a time', true, staleMs, now)).toBe(true);
  });
});
