import { readFileSync } from 'node:fs';
import { REPO_ROOT } from './config.js';

export const APP_VERSION: string = JSON.parse(readFileSync(`${REPO_ROOT}/package.json`, 'utf8')).version;
