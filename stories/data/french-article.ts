import json from '../../examples/kazakhstan-massimov/article.json';
import { checked } from './spans.js';

/** The hand-checked demo article (Reuters dispatch in French, 8 January 2022). */
export const frenchArticle = checked(json, 'examples/kazakhstan-massimov/article.json');
