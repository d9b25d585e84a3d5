import type { Command } from 'commander';
import { UsageError } from '../exit-codes.js';
import { parseList } from '../options.js';
import { defaultDb } from '../paths.js';
import { outputOf, outputOptions, policyOptions, resolvePolicy, type PolicyFlags } from '../policy.js';
import { runScanCommand } from '../report-output.js';

const PROJECT = /^([a-z][a-z0-9-]{4,28}[a-z0-9]|\d{6,19})$/;

function parseProjects(flag: string, v: string | undefined): string[] | undefined {
  const list = parseList(v);
  for (const p of list ?? []) if (!PROJECT.test(p)) throw new UsageError(`${flag}: '${p}' is not a project id (6-30 lower-case letters, digits, hyphens) or number`);
  return list;
}

function parseParent(flag: string, kind: 'organizations' | 'folders', v: string): string {
  const m = new RegExp(`^(?:${kind}/)?(\\d+)$`).exec(v.trim());
  if (!m) throw new UsageError(`${flag}: '${v}' is not ${kind === 'organizations' ? 'an organization' : 'a folder'} id (digits, or ${kind}/<digits>)`);
  return `${kind}/${m[1]}`;
}

/** `parapet scan gcp`: projects the credential sees (or under an organization/folder, or a list) through the Google Cloud APIs. */
export function registerScanGcp(scan: Command): void {
  outputOptions(
    policyOptions(
      scan
        .command('gcp')
        .description('scan Google Cloud projects through the Google Cloud APIs (read-only)')
        .option('--organization <id>', 'every active project under this organization (folders included)')
        .option('--folder <ids>', 'every active project under these folders (comma-separated)')
        .option('--projects <ids>', 'only these projects (comma-separated ids)')
        .option('--exclude-projects <ids>', 'skip these projects')
        .option('--key-file <path>', 'service-account key file (default: Application Default Credentials)')
        .option('--impersonate-service-account <email>', 'scan as this service account (needs roles/iam.serviceAccountTokenCreator on it)')
        .option('--endpoint <url>', 'custom endpoint: a base URL with one root per API, or a template with {api} (default: PARAPET_GCP_ENDPOINT, else Google)')
        .option('--services <names>', 'only these services (storage,compute,...)'),
    ),
  )
    .action(async (o: Record<string, string | undefined>) => {
      const { gcpDiscovery } = await import('../../providers/gcp/runtime/scan.js');
      const policy = await resolvePolicy(o as PolicyFlags);
      const out = outputOf(o as Record<string, string | undefined>, policy, { db: defaultDb() });
      const endpoint = o.endpoint ?? process.env.PARAPET_GCP_ENDPOINT;
      if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new UsageError(`--endpoint: '${endpoint}' is not an http(s) URL`);
      const impersonate = o.impersonateServiceAccount;
      if (impersonate && !/^[^@\s]+@[^@\s]+\.[a-z]+$/i.test(impersonate)) throw new UsageError(`--impersonate-service-account: '${impersonate}' is not a service-account email`);
      const t = policy.config?.targets.gcp ?? {};
      const org = o.organization ?? t.organization;
      const flags = {
        keyFile: o.keyFile,
        impersonateServiceAccount: impersonate,
        endpoint,
        organization: org ? parseParent('--organization', 'organizations', org) : undefined,
        folders: (parseList(o.folder) ?? t.folders)?.map((f) => parseParent('--folder', 'folders', f)),
        projects: parseProjects('--projects', o.projects) ?? t.projects,
        excludeProjects: parseProjects('--exclude-projects', o.excludeProjects),
        services: parseList(o.services),
      };
      await runScanCommand({ ...out, target: 'gcp', policy }, gcpDiscovery(flags));
    });
}
