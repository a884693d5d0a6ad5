export * from './cases';
export * from './comment-input';
export * from './errors';
export * from './mentions';
export * from './sla';
export * from './vocabulary';
