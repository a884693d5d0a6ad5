export * from './blog/blog.connector';
export * from './channel-error';
export * from './connector.types';
export * from './connector-options';
export * from './connector-registry';
export * from './facebook/facebook.connector';
export * from './google-review/google-review.connector';
export {
  classifyHttpStatus,
  type ErrorClassification,
  type ErrorClassifier,
  type ErrorResponse,
  kindForStatus,
} from './http/classify-http-status';
export * from './http/http-client';
export * from './http/rate-limit-headers';
export * from './import/import.connector';
export * from './instagram/instagram.connector';
export { isValidMetaSignature } from './meta/meta-signature';
export { contentHash } from './shared/content-hash';
export { stripHtml } from './shared/strip-html';
export { toIsoUtc } from './shared/timestamps';
export * from './to-comment-input';
export * from './x/x.connector';
export { signForX } from './x/x.webhook';
export * from './youtube/youtube.connector';
