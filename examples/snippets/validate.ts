// Check data before publishing it: every problem comes with the JSON path at fault.
import { formatValidationError, parseArticle } from 'encart/data';

export function checkArticleJson(json: string): string[] {
  const result = parseArticle(json);
  return result.ok ? [] : result.errors.map(formatValidationError);
}
