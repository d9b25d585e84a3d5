import type { Command } from 'commander';
import { builtinRules } from '../../rules/index.js';
import { UsageError } from '../exit-codes.js';
import { parseFormat, parseList, parseSeverity } from '../options.js';
import { defaultDb } from '../paths.js';
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
    .option('--services <names>', 'only these services (storage,compute,...)')
    .option('--format <format>', 'table | json | csv | ocsf | sarif | junit', 'table')
    .option('--output <file>', 'write the report here instead of stdout')
    .option('--fail-on <severity>', 'exit 1 when a failing finding has this severity or higher')
    .option('--db <path>', 'database file', defaultDb())
    .action(async (o: Record<string, string | undefined>) => {
      const { scanGcp } = await import('../../providers/gcp/runtime/scan.js');
      const format = parseFormat(String(o.format));
      const failOn = o.failOn ? parseSeverity('--fail-on', o.failOn) : undefined;
      const endpoint = o.endpoint ?? process.env.PARAPET_GCP_ENDPOINT;
      if (endpoint && !/^https?:\/\/[^\s/]+/.test(endpoint)) throw new UsageError(`--endpoint: '${endpoint}' is not an http(s) URL`);
      const impersonate = o.impersonateServiceAccount;
      if (impersonate && !/^[^@\s]+@[^@\s]+\.[a-z]+$/i.test(impersonate)) throw new UsageError(`--impersonate-service-account: '${impersonate}' is not a service-account email`);
      const flags = {
        keyFile: o.keyFile,
        impersonateServiceAccount: impersonate,
        endpoint,
        organization: o.organization ? parseParent('--organization', 'organizations', o.organization) : undefined,
        folders: parseList(o.folder)?.map((f) => parseParent('--folder', 'folders', f)),
        projects: parseProjects('--projects', o.projects),
        excludeProjects: parseProjects('--exclude-projects', o.excludeProjects),
        services: parseList(o.services),
      };
      await runScanCommand({ db: String(o.db), format, output: o.output as string | undefined, failOn }, (store, onEvent) => scanGcp(store, 'gcp', builtinRules, flags, onEvent));
    });
}
