/// <reference types="node" />
import { readFileSync, writeFileSync } from 'node:fs';
import { InputError } from './args.js';

/** FILE, or stdin when FILE is absent or "-", as UTF-8 text; refuses binary and empty input. */
export function readText(file: string | undefined): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file && file != '-' ? file : 0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code == 'ENOENT') throw new InputError(`no such file: ${file}`);
    if (code == 'EISDIR') throw new InputError(`${file} is a directory, not a text file`);
    throw new InputError(`cannot read ${file ?? 'stdin'}: ${(error as Error).message}`);
  }
  // NUL bytes never occur in text: this is an image, a PDF, a zip…
  if (bytes.subarray(0, 8192).includes(0)) throw new InputError(`${file ?? 'stdin'} looks binary; expected UTF-8 text`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError(`${file ?? 'stdin'} is empty`);
  return text;
}

/** Writes to OUT, or stdout when OUT is absent or "-". */
export function writeOutput(out: string | undefined, text: string): void {
  if (out && out != '-') writeFileSync(out, text);
  else process.stdout.write(text);
}
