export * from './desk.module';
export * from './record-inquiry/record-inquiry.dto';
export * from './desk-statistics/circulation-counts';
