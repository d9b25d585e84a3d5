import type { Asset, CollectionError } from '../../src/core/asset.js';

/** The project every GCP fixture lives in. */
export const FIXTURE_PROJECT = 'parapet-fixture';
export const FIXTURE_PROJECT_NUMBER = '123456789012';

/** A GCP fixture asset; config aspects and gaps as given (project = account, region `global` unless said). */
export function gcpAsset(init: Partial<Asset> & { type: string; config?: Record<string, unknown> }): Asset {
  const account = init.account ?? FIXTURE_PROJECT;
  const name = init.name ?? 'fixture';
  return {
    id: init.id ?? `//${init.type.split('/')[0]}/projects/${account}/fixtures/${name}`,
    provider: 'gcp',
    account,
    region: init.region ?? 'global',
    type: init.type,
    kind: init.kind ?? 'test',
    name,
    tags: init.tags ?? {},
    facets: init.facets ?? {},
    config: init.config ?? {},
    gaps: init.gaps ?? {},
    source: { type: 'api' },
    observedAt: init.observedAt ?? '2026-11-29T00:00:00.000Z',
  };
}

/** A gap as the GCP runtime records it for a failed call (`service` = the API, `operation` = the method id). */
export function deniedGap(service: string, operation: string, code = 'PERMISSION_DENIED', region = 'global'): CollectionError {
  return { provider: 'gcp', account: FIXTURE_PROJECT, region, service, operation, code, message: 'simulated denial' };
}

/** The driver-made project asset, with the aspects given. */
export function projectAsset(config: Record<string, unknown>, gaps: Record<string, CollectionError> = {}): Asset {
  return gcpAsset({
    type: 'cloudresourcemanager.googleapis.com/Project',
    kind: 'account',
    id: `//cloudresourcemanager.googleapis.com/projects/${FIXTURE_PROJECT_NUMBER}`,
    name: FIXTURE_PROJECT,
    config,
    gaps,
  });
}
