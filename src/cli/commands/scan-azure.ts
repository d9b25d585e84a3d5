import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { UsageError } from '../exit-codes.js';
import { parseList } from '../options.js';
import { defaultDb } from '../paths.js';
import { outputOf, outputOptions, policyOptions, resolvePolicy, type PolicyFlags } from '../policy.js';
import { runScanCommand } from '../report-output.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseGuids(flag: string, v: string | undefined): string[] | undefined {
  const list = parseList(v);
  for (const s of list ?? []) if (!GUID.test(s)) throw new UsageError(`${flag}: '${s}' is not a subscription id (a GUID)`);
  return list;
}

function parseUrl(flag: string, v: string | undefined): string | undefined {
  if (v && !/^https:\/\/[^\s/]+/.test(v)) throw new UsageError(`${flag}: '${v}' is not an https URL`);
  return v;
}

/** The CA to trust: --ca-file / PARAPET_AZURE_CA_FILE (a PEM file), else PARAPET_AZURE_CA (PEM text). */
async function caFrom(file: string | undefined): Promise<string | undefined> {
  if (!file) return process.env.PARAPET_AZURE_CA || undefined;
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--ca-file: cannot read '${file}': ${(e as Error).message}`);
  }
}

/** `parapet scan azure`: subscriptions the credential sees (or a management group, or a list) through ARM. */
export function registerScanAzure(scan: Command): void {
  outputOptions(
    policyOptions(
      scan
        .command('azure')
        .description('scan Azure subscriptions through Azure Resource Manager (read-only)')
        .option('--tenant <id>', 'Entra tenant id (default: AZURE_TENANT_ID)')
        .option('--subscriptions <ids>', 'only these subscriptions (comma-separated)')
        .option('--exclude-subscriptions <ids>', 'skip these subscriptions')
        .option('--management-group <id>', 'every subscription under this management group')
        .option('--services <names>', 'only these services (storage,network,compute,...)')
        .option('--endpoint <url>', 'ARM endpoint (default: PARAPET_AZURE_ENDPOINT, else https://management.azure.com)')
        .option('--authority-host <url>', 'Entra authority host (default: AZURE_AUTHORITY_HOST, else https://login.microsoftonline.com)')
        .option('--ca-file <pem>', 'trust this CA for ARM and the authority (default: PARAPET_AZURE_CA_FILE)'),
    ),
  )
    .action(async (o: Record<string, string | undefined>) => {
      const { azureDiscovery } = await import('../../providers/azure/runtime/scan.js');
      const policy = await resolvePolicy(o as PolicyFlags);
      const out = outputOf(o as Record<string, string | undefined>, policy, { db: defaultDb() });
      const t = policy.config?.targets.azure ?? {};
      const tenantId = o.tenant ?? t.tenantId ?? process.env.AZURE_TENANT_ID;
      if (tenantId && !GUID.test(tenantId) && !/^[\w.-]+\.[a-z]{2,}$/i.test(tenantId)) throw new UsageError(`--tenant: '${tenantId}' is not a tenant id or domain`);
      const endpoint = parseUrl('--endpoint', o.endpoint ?? process.env.PARAPET_AZURE_ENDPOINT);
      const authorityHost = parseUrl('--authority-host', o.authorityHost ?? process.env.AZURE_AUTHORITY_HOST);
      const ca = await caFrom(o.caFile ?? process.env.PARAPET_AZURE_CA_FILE);
      const flags = {
        tenantId,
        endpoint,
        authorityHost,
        ca,
        subscriptions: parseGuids('--subscriptions', o.subscriptions) ?? t.subscriptions,
        excludeSubscriptions: parseGuids('--exclude-subscriptions', o.excludeSubscriptions),
        managementGroup: o.managementGroup ?? t.managementGroup,
        services: parseList(o.services),
      };
      await runScanCommand({ ...out, target: 'azure', policy }, azureDiscovery(flags));
    });
}
