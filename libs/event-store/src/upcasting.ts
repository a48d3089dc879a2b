import { Upcaster } from '@era/decider';
import { EventData, RecordedEvent } from './envelope';

/**
 * Old stored shapes are read as current ones; the stored bytes are never rewritten. Upcasters chain:
 * v1 → v2 → v3 until no upcaster is registered for the version reached.
 */
export class UpcasterRegistry {
  private readonly byTypeAndVersion = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    upcasters.forEach((upcaster) => this.register(upcaster));
  }

  register(upcaster: Upcaster): this {
    const key = `${upcaster.eventType}@${upcaster.fromVersion}`;
    if (this.byTypeAndVersion.has(key)) throw new Error(`an upcaster for ${key} is already registered`);
    this.byTypeAndVersion.set(key, upcaster);
    return this;
  }

  upcast<D extends EventData = EventData>(event: RecordedEvent): RecordedEvent<D> {
    let { data, schemaVersion } = event;
    for (;;) {
      const next = this.byTypeAndVersion.get(`${event.type}@${schemaVersion}`);
      if (!next) break;
      data = next.upcast(data);
      schemaVersion += 1;
    }
    return (schemaVersion === event.schemaVersion ? event : { ...event, data, schemaVersion }) as RecordedEvent<D>;
  }
}
