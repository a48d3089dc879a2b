import { InMemoryStreamStateSpill } from './in-memory-stream-state-spill';
import { describeStreamStateSpillContract } from './testing';

describeStreamStateSpillContract('in memory', () => new InMemoryStreamStateSpill(), 300);
