/**
 * Microsoft.Insights diagnostic settings of a resource (`/{resourceUri}/providers/Microsoft.Insights/
 * diagnosticSettings`): the settings of a storage account's blob service and of any other resource.
 * Subscription-level (activity log) settings are the monitor service's (a more specific route).
 *
 * Sources: a storage account's `diagnosticSettings` (its blob service's settings), and section
 * `resourceDiagnosticSettings`: `{ resourceUri: <resource id>, name, properties: { logs, metrics,
 * workspaceId, storageAccountId ... } }`. The service is named `monitor`, so monitor faults apply here too.
 */
import type { AzureSimService } from '../service.js';
import { storageAccountWire } from './storage.js';

const norm = (uri: string) => `/${uri.replace(/^\/+/, '').replace(/\/+$/, '')}`.toLowerCase();

export const insightsDiagnosticsService: AzureSimService = {
  name: 'monitor',
  routes: [
    {
      method: 'GET',
      path: '/{resourceUri}/providers/Microsoft.Insights/diagnosticSettings',
      operation: 'Microsoft.Insights/diagnosticSettings.list',
      kind: 'list',
      // ARM returns every setting of a resource in one response (at most 5 exist).
      pageSize: 1000,
      handler: (ctx) => {
        const uri = norm(ctx.params.resourceUri ?? '');
        const settings: Array<{ base: string; s: Record<string, any> }> = [];
        for (const a of ctx.section('storageAccounts')) {
          const blob = `${storageAccountWire(ctx.subscription.subscriptionId, a).id as string}/blobServices/default`;
          if (norm(blob) === uri) for (const s of a.diagnosticSettings ?? []) settings.push({ base: blob, s });
        }
        for (const s of ctx.section('resourceDiagnosticSettings')) if (norm(String(s.resourceUri)) === uri) settings.push({ base: String(s.resourceUri), s });
        return settings.map(({ base, s }) => {
          const { resourceUri: _, ...rest } = s;
          return { id: `${base}/providers/microsoft.insights/diagnosticSettings/${String(s.name)}`, type: 'Microsoft.Insights/diagnosticSettings', ...rest, properties: { logs: [], metrics: [], ...(rest.properties ?? {}) } };
        });
      },
    },
  ],
};
