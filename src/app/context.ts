import type { Config } from '../config.ts';
import type { OpenDatabase } from '../storage/connect.ts';
import type { Storage } from '../storage/port.ts';

/** What use cases and route handlers get: the storage port, the open database, configuration. */
export interface AppContext {
  storage: Storage;
  database: OpenDatabase;
  config: Config;
  version: string;
}
