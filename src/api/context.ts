/** What every resolver receives: this request's query runner, loaders and caller. */
import type { ApiRole, Config } from '../config.js';
import type { Connection } from '../graph/driver.js';
import type { ActorIndex } from '../ingest/gazetteer.js';
import { Loaders } from './loaders.js';
import { QueryRunner } from './query-runner.js';

export interface ApiContext {
  db: QueryRunner;
  loaders: Loaders;
  /** the caller's role from a valid API key, or null when no key was sent */
  role: ApiRole | null;
  config: Config;
  connection: Connection;
  gazetteer: () => ActorIndex;
}

export function createContext(base: Omit<ApiContext, 'db' | 'loaders'>): ApiContext {
  const db = new QueryRunner(base.connection, base.config.api.queryTimeoutMs);
  return { ...base, db, loaders: new Loaders(db) };
}
