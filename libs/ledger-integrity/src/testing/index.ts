export * from './generated-log';
export * from './tampering';
export * from './stream-state-spill.contract';
