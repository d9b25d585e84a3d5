import { SqliteStore, type SqliteStoreOptions } from './sqlite/sqlite-store.js';

export { SqliteStore };
export type { SqliteStoreOptions };

/**
 * Opens the store at `path` (an SQLite file, created with its directory if missing; `:memory:` for a private
 * in-memory one): runs schema migrations, sets WAL, `synchronous=NORMAL`, foreign keys and a busy timeout, and
 * marks scans left `running` by a killed process as `failed` (`interrupted`).
 */
export async function openStore(path: string, opts: SqliteStoreOptions = {}): Promise<SqliteStore> {
  return SqliteStore.open(path, opts);
}
