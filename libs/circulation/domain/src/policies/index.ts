export * from './circulation-policies';
