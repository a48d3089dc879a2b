import { ProjectionDefinition } from '@era/projection-engine';
import { Fault, FAULT_POINTS, FaultRule } from './fault-plan';
import { SeededRandom } from './seeded-random';

const SUBSCRIPTION_POINTS: readonly string[] = ['subscription-open', 'subscription-next'];

function randomFault(random: SeededRandom, point: string): Fault {
  const r = random.next();
  if (r < 0.45) return { kind: 'error', error: random.pick(['store', 'busy', 'timeout'] as const) };
  if (r < 0.6) return { kind: 'delay', ms: random.int(1, 60) };
  if (r < 0.75 && SUBSCRIPTION_POINTS.includes(point)) return { kind: 'end' };
  return { kind: 'crash' };
}

/** One to three rules at random points, for a random projection or any, striking a few times from a random call on. */
export function randomFaultRules(random: SeededRandom, definitions: readonly ProjectionDefinition[]): FaultRule[] {
  return Array.from({ length: random.int(1, 3) }, () => {
    const point = random.pick(FAULT_POINTS);
    const projection = random.next() < 0.5 ? random.pick(definitions).name : undefined;
    return { point, ...(projection && { projection }), from: random.int(1, 12), times: random.int(1, 4), fault: randomFault(random, point) };
  });
}
