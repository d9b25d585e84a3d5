/** Fixture builders for the SQL rule tests (test-only). */
import type { Asset } from '../../../../core/asset.js';
import { azureAsset, deniedGap } from '../../../../../test/support/azure-assets.js';
import { SQL_DATABASE_TYPE, SQL_SERVER_TYPE } from './types.js';

export const sqlServer = (aspects: Record<string, unknown>): Asset => azureAsset({ type: SQL_SERVER_TYPE, kind: 'database.instance', name: 'sql-fixture', config: { server: { name: 'sql-fixture' }, ...aspects } });
export const sqlServerDenied = (aspect: string, operation: string): Asset => azureAsset({ type: SQL_SERVER_TYPE, kind: 'database.instance', name: 'sql-fixture', config: { server: { name: 'sql-fixture' } }, gaps: { [aspect]: deniedGap('sql', operation) } });
export const sqlDatabase = (name: string, aspects: Record<string, unknown>, gaps: Record<string, string> = {}): Asset =>
  azureAsset({ type: SQL_DATABASE_TYPE, kind: 'database.database', name, config: aspects, gaps: Object.fromEntries(Object.entries(gaps).map(([a, op]) => [a, deniedGap('sql', op)])) });
