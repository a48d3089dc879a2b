export * from './durations';
export * from './calendar-date';
export * from './instants';
export * from './local-calendar';
