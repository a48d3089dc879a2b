export * from './desk.module';
