/** Where "now" comes from, so that decisions are repeatable in tests. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export const fixedClock = (at: string | Date): Clock => {
  const instant = new Date(at);
  return { now: () => new Date(instant) };
};
