export * from './types.js';
export { validateArticle, parseArticle, formatValidationError } from './validate.js';
export type { ValidationError, ValidationResult } from './validate.js';
export { isHttpUrl, safeHttpUrl } from './url.js';
export { isIsoDate, isEventDate, eventDateStart } from './dates.js';
