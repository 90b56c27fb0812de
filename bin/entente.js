#!/usr/bin/env node
// The CLI runs compiled JavaScript from dist/ (built at install); see run-entry.js.
import { runEntry } from './run-entry.js';

await runEntry('cli/main');
