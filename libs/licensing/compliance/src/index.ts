export * from './review-report';
export * from './review-as-of';
export * from './build-licence-review';
export * from './review-digest';
export * from './review-verification';
export * from './produce-review';
export * from './render-review-html';
export * from './attached-documents';
export { REVIEW_STYLE_ELEMENT_TEXT } from './review-styles';
