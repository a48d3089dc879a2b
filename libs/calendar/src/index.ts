export * from './local-calendar';
