export * from './a-z-page/az-listing';
export * from './a-z-page/render-az-page';
export * from './a-z-page/az-page-response';
export * from './a-z-page/wants-html';
