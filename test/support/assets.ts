import type { Asset, CollectionError } from '../../src/core/asset.js';
import type { Lookup, RuleContext } from '../../src/core/rule.js';

/** A fixture asset; config aspects and gaps as given. */
export function awsAsset(init: Partial<Asset> & { type: string; config?: Record<string, unknown> }): Asset {
  const account = init.account ?? '111122223333';
  return {
    id: init.id ?? `arn:aws:test:us-east-1:${account}:${init.type}/fixture`,
    provider: 'aws',
    account,
    region: init.region ?? 'us-east-1',
    type: init.type,
    kind: init.kind ?? 'test',
    name: init.name ?? 'fixture',
    tags: init.tags ?? {},
    facets: init.facets ?? {},
    config: init.config ?? {},
    gaps: init.gaps ?? {},
    source: { type: 'api' },
    observedAt: init.observedAt ?? '2026-11-29T00:00:00.000Z',
  };
}

/** A gap as the runtime records it for a failed call. */
export function deniedGap(service: string, operation: string, code = 'AccessDenied'): CollectionError {
  return { provider: 'aws', account: '111122223333', region: 'us-east-1', service, operation, code, message: 'simulated denial' };
}

/** A rule context over a fixed set of assets; `errors` marks types whose listing failed. */
export function fixtureContext(assets: Asset[], errors: Record<string, CollectionError[]> = {}): RuleContext {
  return {
    find(type, scope): Lookup {
      return {
        assets: assets.filter((a) => a.type === type && a.account === scope.account && (scope.region === undefined || a.region === scope.region)),
        errors: errors[type] ?? [],
      };
    },
  };
}
