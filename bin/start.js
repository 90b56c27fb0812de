#!/usr/bin/env node
// `npm start`: compiled JavaScript from dist/ (built at install); see run-entry.js.
import { runEntry } from './run-entry.js';

await runEntry('main');
