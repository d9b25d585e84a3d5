/**
 * GCP discovery: authenticates, finds the projects in scope (scope.ts), then runs every collector over
 * each project — several projects at a time, every collector of a project concurrently — streaming assets
 * in batches into the sink with coverage, errors and progress events.
 *
 * The project asset (`cloudresourcemanager.googleapis.com/Project`, kind `account`) is made by the driver
 * with just the `project` aspect, UNLESS a registered collector declares that type: then that collector
 * makes it (with `iamPolicy`, `sinks`, `logMetrics`, `alertPolicies` ...) and the driver stays out, so
 * there is exactly one asset per project id.
 */
import type { AuthClient } from 'google-auth-library';
import type { CollectionError } from '../../../core/asset.js';
import type { CoverageEntry } from '../../../store/store.js';
import { DEFAULT_RETRY, type RetryPolicy } from '../../aws/runtime/context.js';
import { callsTicker } from '../../aws/runtime/discover.js';
import { CallGate, DEFAULT_CALLS_IN_FLIGHT } from '../../aws/runtime/limiter.js';
import { ToolError } from '../../aws/runtime/tool-error.js';
import { AssetBatcher, emptyStats, type DiscoveryResult, type DiscoverySink } from '../../discovery.js';
import { ListingFailed, type GcpCollector } from '../collector.js';
import { applyGcpFacets } from '../facets/index.js';
import { GcpApiFactory } from './apis.js';
import { createGcpAuth, type ServiceAccountKey } from './auth.js';
import { createGcpCollectContext, type GcpRunContext } from './context.js';
import { classifyGcp } from './errors.js';
import { GcpLimiter } from './limiter.js';
import { PROJECT_TYPE, projectAsset } from './project-asset.js';
import { resolveProjects, type ScopedProject } from './scope.js';

export interface GcpScanOptions {
  /** A service-account key file (path or parsed JSON); otherwise Application Default Credentials. */
  keyFile?: string | ServiceAccountKey;
  impersonateServiceAccount?: string;
  /** An already-built auth client (embedding); wins over keyFile. */
  auth?: AuthClient;
  /** Custom endpoint: a base URL with one root per API (`<endpoint>/<api>/`, the simulator) or a `{api}` template. */
  endpoint?: string;
  projects?: string[];
  organization?: string;
  folders?: string[];
  excludeProjects?: string[];
  collectors: GcpCollector[];
  /** Projects scanned at once (default 4). */
  projectConcurrency?: number;
  requestTimeoutMs?: number;
  retry?: RetryPolicy;
  signal?: AbortSignal;
}


export async function discoverGcp(opts: GcpScanOptions, sink: DiscoverySink): Promise<DiscoveryResult> {
  const auth = opts.auth ? { client: opts.auth, principal: 'provided' } : await createGcpAuth({ keyFile: opts.keyFile, impersonateServiceAccount: opts.impersonateServiceAccount, endpoint: opts.endpoint });
  await checkCredentials(auth.client, opts.endpoint);
  const apis = new GcpApiFactory({ auth: auth.client, endpoint: opts.endpoint, requestTimeoutMs: opts.requestTimeoutMs ?? 30_000 });
  const limiter = new GcpLimiter();
  const gate = new CallGate(DEFAULT_CALLS_IN_FLIGHT);
  const stats = emptyStats();
  const signal = opts.signal ?? new AbortController().signal;
  const retry = opts.retry ?? DEFAULT_RETRY;
  const ctxFor = (projectId: string, projectNumber: string, onError: (e: CollectionError) => void = (e) => sink.error(e)): GcpRunContext =>
    createGcpCollectContext({ projectId, projectNumber, apis, limiter, gate, retry, signal, stats, onError, onResources: () => undefined });

  // Scope errors surface once: a project that cannot be read carries its error (reported with the
  // project below); a listing that fails ends the scan with a ToolError.
  const projects = await resolveProjects(ctxFor('-', '', () => undefined), opts);
  if (projects.length === 0) throw new ToolError(`no GCP project to scan: none ${opts.organization || opts.folders?.length ? 'active under the given organization/folder' : 'visible to the credential'} (after --exclude-projects)`);
  sink.event({ type: 'accounts', accounts: projects.map((p) => p.projectId), provider: 'gcp' });

  const driverMakesProject = !opts.collectors.some((c) => c.types.includes(PROJECT_TYPE));
  let resources = 0;
  const stopTicker = callsTicker(stats, (e) => sink.event(e));

  const runCollector = async (c: GcpCollector, ctx: GcpRunContext): Promise<void> => {
    sink.event({ type: 'collector-start', account: ctx.projectId, region: 'global', collector: c.id });
    const batch = new AssetBatcher(sink);
    let entry: CoverageEntry = { provider: 'gcp', account: ctx.projectId, region: 'global', collector: c.id, types: c.types, ok: true };
    try {
      for await (const asset of c.collect(ctx)) await batch.add(applyGcpFacets(ctx.complete(asset)));
    } catch (e) {
      const error: CollectionError =
        e instanceof ListingFailed
          ? e.error
          : { provider: 'gcp', account: ctx.projectId, region: 'global', service: c.service, operation: c.id, code: 'CollectorFailed', message: e instanceof Error ? e.message : String(e) };
      if (!(e instanceof ListingFailed)) sink.error(error);
      entry = { ...entry, ok: false, error };
    }
    await batch.flush();
    const count = batch.count;
    resources += count;
    await sink.coverage([entry]);
    sink.event({ type: 'collector-done', account: ctx.projectId, region: 'global', collector: c.id, resources: count, ok: entry.ok });
  };

  const scanProject = async (p: ScopedProject): Promise<void> => {
    sink.event({ type: 'account-start', account: p.projectId, regions: [] });
    // Collectors read every region (aggregatedList), so the whole project is in scope.
    await sink.scope([{ provider: 'gcp', account: p.projectId, region: '*' }]);
    if (p.error) sink.error(p.error);
    if (driverMakesProject) await sink.assets([applyGcpFacets(projectAsset(p, new Date().toISOString()))]);
    // A context per collector: each run's sources (its first listing) are its own.
    await Promise.all(opts.collectors.map((c) => runCollector(c, ctxFor(p.projectId, p.projectNumber))));
    sink.event({ type: 'account-done', account: p.projectId });
  };

  try {
    await mapLimit(projects, opts.projectConcurrency ?? 4, scanProject);
  } finally {
    stopTicker();
  }
  return { callerAccount: auth.principal, accounts: projects.map((p) => p.projectId), stats, resources };
}

/** Gets a first access token, so bad or missing credentials and an unreachable endpoint fail in one clear line. */
async function checkCredentials(client: AuthClient, endpoint: string | undefined): Promise<void> {
  try {
    await client.getAccessToken();
  } catch (e) {
    const info = classifyGcp(e);
    const text = `${info.code} ${info.message}`;
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|fetch failed/i.test(text))
      throw new ToolError(`cannot reach the GCP token endpoint${endpoint ? ` (endpoint ${endpoint})` : ''}: ${info.message}. Check --endpoint and the network.`);
    if (/invalid_grant|unauthorized_client|invalid_client/i.test(text)) throw new ToolError(`GCP credentials rejected by the token endpoint: ${info.message}. Check the key file (it may be revoked or for another environment).`);
    throw new ToolError(`no usable GCP credentials: ${info.message}. Run 'gcloud auth application-default login', set GOOGLE_APPLICATION_CREDENTIALS, or pass --key-file.`);
  }
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
