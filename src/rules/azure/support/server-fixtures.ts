/** Fixture builders for the flexible-server rule tests (test-only; PostgreSQL and MySQL share the shape). */
import type { Asset } from '../../../core/asset.js';
import { azureAsset, deniedGap } from '../../../../test/support/azure-assets.js';

/** A flexible server with these parameter values (configurations.listByServer) and other aspects. */
export function server(type: string, params: Record<string, string>, aspects: Record<string, unknown> = {}): Asset {
  return azureAsset({ type, kind: 'database.instance', name: 'db-fixture', config: { server: { name: 'db-fixture' }, configurations: Object.entries(params).map(([name, value]) => ({ name, value })), ...aspects } });
}

export function serverDenied(type: string, aspect: string, operation: string): Asset {
  return azureAsset({ type, kind: 'database.instance', name: 'db-fixture', config: { server: { name: 'db-fixture' } }, gaps: { [aspect]: deniedGap('database', operation) } });
}
