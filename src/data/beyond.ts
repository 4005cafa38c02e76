// What Encart's validator asks of a value besides what the JSON Schema says, each under the name of the schema's def
// it belongs to. The rules `npm run contract` writes (article-rules.ts) call it once the def's JSON type has passed:
// an `Also` test after the def's pattern and bounds, an `InsteadOfPattern` test in place of its pattern. A schema
// cannot say these, so other validators of the schema accept a little more (2022-02-30, a span past the text) or
// a little other (URLs) than Encart does.
import { isHttpUrl } from './url.js';

type Also = (value: any, doc?: { text?: string }) => boolean;
type InsteadOfPattern = (value: any) => boolean;

/** A date that exists on the calendar: no 2022-02-30. */
export const isoDate: Also = (value: string) => {
  const [year, month, day] = value.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/** A span that starts before it ends and ends inside the article's text. */
export const span: Also = ([start, end]: number[], doc) => start <= end && end <= (doc?.text?.length ?? Infinity);

// A URL as the browser's own parser reads it, which is how a widget reads it before it makes a link or an image:
// it forgives what the schema's pattern does not (" https://…", "HTTPS://…") and refuses what it lets by ("http://").
export const httpUrl: InsteadOfPattern = (value: string) => isHttpUrl(value);
export const httpsUrl: InsteadOfPattern = (value: string) => isHttpUrl(value, true);
