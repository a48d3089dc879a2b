export * from './desk-inquiries.projection';
