export * from './tamper';
export * from './with-store';
