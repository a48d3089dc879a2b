export * from './durations';
export * from './calendar-date';
export * from './instants';
export * from './local-calendar';
export * from './quarter-hour-bucket';
