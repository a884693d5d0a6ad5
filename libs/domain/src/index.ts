export * from './comment-input';
export * from './errors';
export * from './vocabulary';
