import type { Article } from '../../src/data/types.js';

/** The hand-checked demo article, fresh for each call so tests may mutate it. */
export async function loadDemoArticle(): Promise<Article> {
  return fetchJson('/examples/kazakhstan-massimov/article.json') as Promise<Article>;
}

export async function fetchJson(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

export async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.text();
}
