import type { Site, SiteConfigResource } from '@azure/arm-appservice';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

export const SITE_TYPE = 'Microsoft.Web/sites';
export const siteOf = (asset: Asset): Site => need<Site>(asset, 'site');
/** webApps.getConfiguration (SiteConfigResource, flattened). */
export const siteConfigOf = (asset: Asset): SiteConfigResource => need<SiteConfigResource>(asset, 'config');

export const siteTf = (lines: string) => `resource "azurerm_linux_web_app" "this" {\n  # name, location, resource_group_name, service_plan_id ...\n${lines}\n}`;
