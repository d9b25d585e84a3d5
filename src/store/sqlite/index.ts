export { SqliteStore, DEFAULT_HOME_REGIONS, goneReason, type SqliteStoreOptions } from './sqlite-store.js';
export { MIGRATIONS, SCHEMA_VERSION, migrate, type Migration } from './schema.js';
export { canonicalJson, assetVersion, newScanId, scanIdGenerator } from './canonical.js';
