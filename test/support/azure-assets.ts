import type { Asset, CollectionError } from '../../src/core/asset.js';

/** The subscription every Azure fixture lives in (account = subscription GUID). */
export const FIXTURE_SUBSCRIPTION = '0b1f6471-1bf0-4dda-aec3-111122223333';
export const FIXTURE_REGION = 'westeurope';
export const FIXTURE_RG = 'rg-fixture';
/** When fixtures are observed: rules that judge ages measure them from `observedAt`. */
export const FIXTURE_OBSERVED_AT = '2026-11-29T00:00:00.000Z';

/** The ARM id of a resource in the fixture resource group: `armId('Microsoft.Storage/storageAccounts', 'st1')`. */
export function armId(type: string, name: string, subscription = FIXTURE_SUBSCRIPTION): string {
  return `/subscriptions/${subscription}/resourceGroups/${FIXTURE_RG}/providers/${type}/${name}`;
}

/** An Azure fixture asset; config aspects and gaps as given (region `westeurope` unless said). */
export function azureAsset(init: Partial<Asset> & { type: string; config?: Record<string, unknown> }): Asset {
  const account = init.account ?? FIXTURE_SUBSCRIPTION;
  const name = init.name ?? 'fixture';
  return {
    id: init.id ?? armId(init.type, name, account),
    provider: 'azure',
    account,
    region: init.region ?? FIXTURE_REGION,
    type: init.type,
    kind: init.kind ?? 'test',
    name,
    tags: init.tags ?? {},
    facets: init.facets ?? {},
    config: init.config ?? {},
    gaps: init.gaps ?? {},
    source: { type: 'api' },
    observedAt: init.observedAt ?? FIXTURE_OBSERVED_AT,
  };
}

/** A gap as the Azure runtime records it for a failed call (`service` short name, `operation` = client.method). */
export function deniedGap(service: string, operation: string, code = 'AuthorizationFailed', region = FIXTURE_REGION): CollectionError {
  return { provider: 'azure', account: FIXTURE_SUBSCRIPTION, region, service, operation, code, message: 'simulated denial' };
}

/** The driver-made subscription asset, with the aspects given. */
export function subscriptionAsset(config: Record<string, unknown>, gaps: Record<string, CollectionError> = {}): Asset {
  return azureAsset({
    type: 'Microsoft.Resources/subscriptions',
    kind: 'account',
    id: `/subscriptions/${FIXTURE_SUBSCRIPTION}`,
    name: FIXTURE_SUBSCRIPTION,
    region: 'global',
    config,
    gaps,
  });
}

/** A rule context over these assets (re-exported so Azure tests need one import); `errors` marks failed listings. */
export { fixtureContext as fixtureContextWith } from './assets.js';
