/** Fixture builders for the App Service rule tests (test-only). */
import type { Asset } from '../../../../core/asset.js';
import { azureAsset, deniedGap } from '../../../../../test/support/azure-assets.js';
import { SITE_TYPE } from './site.js';

export const webApp = (site: Record<string, unknown>, config: Record<string, unknown> = {}, authSettings: unknown = null): Asset =>
  azureAsset({ type: SITE_TYPE, kind: 'compute.web-app', name: 'app-fixture', config: { site: { name: 'app-fixture', ...site }, config, authSettings } });

export const webAppDenied = (aspect: string, operation: string): Asset =>
  azureAsset({ type: SITE_TYPE, kind: 'compute.web-app', name: 'app-fixture', config: { site: { name: 'app-fixture' }, config: {}, authSettings: null }, gaps: { [aspect]: deniedGap('appservice', operation) } });
