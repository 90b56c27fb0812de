/** Types for bin/run-entry.js, which runs before anything is compiled and so stays plain JavaScript. */
export function isBuilt(): boolean;
export function runEntry(entry: string): Promise<void>;
