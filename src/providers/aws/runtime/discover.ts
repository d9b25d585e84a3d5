import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import type { CollectionError } from '../../../core/asset.js';
import type { CoverageEntry } from '../../../store/store.js';
import type { AwsCollectContext, AwsCollector } from '../collector.js';
import { ListingFailed } from '../collector.js';
import { applyAwsFacets } from '../facets/index.js';
import { ClientFactory } from './clients.js';
import { createCollectContext, DEFAULT_RETRY, type AwsRunContext, type CallStats, type RetryPolicy } from './context.js';
import { assumed, baseCredentials, shared } from './credentials.js';
import { classify } from './errors.js';
import { CallGate, DEFAULT_CALLS_IN_FLIGHT, SharedLimiter } from './limiter.js';
import { accountAsset, regionAsset } from './scope-assets.js';
import { ToolError } from './tool-error.js';

export interface AwsScanOptions {
  /** Explicit credentials (tests, embedding); otherwise the standard chain / `profile`. */
  credentials?: AwsCredentialIdentityProvider;
  profile?: string;
  roleArn?: string;
  externalId?: string;
  /** Scan the whole organization: list accounts and assume `memberRole` in each. */
  org?: boolean;
  memberRole?: string;
  accounts?: string[];
  excludeAccounts?: string[];
  regions?: string[];
  endpoint?: string;
  homeRegion?: string;
  accountConcurrency?: number;
  requestTimeoutMs?: number;
  retry?: RetryPolicy;
  collectors: AwsCollector[];
  signal?: AbortSignal;
}

export type { DiscoveryEvent, DiscoveryResult, DiscoverySink } from '../../discovery.js';
import { AssetBatcher, type DiscoveryEvent, type DiscoveryResult, type DiscoverySink } from '../../discovery.js';


/** Who the credentials are and which accounts the scan covers: resolved once, in the thread that drives the scan. */
export interface ResolvedScope {
  home: string;
  partition: string;
  callerAccount: string;
  accounts: string[];
  /** The scan's base credentials (the standard chain, `--role-arn`), shared by every client of the caller account. */
  base: AwsCredentialIdentityProvider;
}

/** Calls STS GetCallerIdentity and, with `org`, Organizations ListAccounts; applies the account filters. */
export async function resolveScope(opts: AwsScanOptions): Promise<ResolvedScope> {
  const home = opts.homeRegion ?? 'us-east-1';
  const base = shared(baseCredentials({ profile: opts.profile, roleArn: opts.roleArn, externalId: opts.externalId, endpoint: opts.endpoint, homeRegion: home }, opts.credentials));
  const baseClients = new ClientFactory({ credentials: base, endpoint: opts.endpoint, requestTimeoutMs: opts.requestTimeoutMs ?? 30_000 });
  const caller = await whoAmI(baseClients, home, opts.endpoint);
  const partition = caller.arn.split(':')[1] ?? 'aws';
  let accounts = opts.org ? await organizationAccounts(baseClients, home) : [caller.account];
  if (opts.accounts?.length) accounts = accounts.filter((a) => opts.accounts?.includes(a));
  if (opts.accounts?.length && !opts.org) accounts = opts.accounts.includes(caller.account) ? [caller.account] : [];
  if (opts.excludeAccounts?.length) accounts = accounts.filter((a) => !opts.excludeAccounts?.includes(a));
  if (accounts.length === 0) throw new ToolError(`no account to scan: the credentials belong to ${caller.account}${opts.org ? '' : ' (use --org to scan an organization)'}`);
  return { home, partition, callerAccount: caller.account, accounts, base };
}

/** Finds the accounts and regions in scope, then runs every collector over them, streaming into the sink. */
export async function discoverAws(opts: AwsScanOptions, sink: DiscoverySink): Promise<DiscoveryResult> {
  const scope = await resolveScope(opts);
  sink.event({ type: 'accounts', accounts: scope.accounts, provider: 'aws' });
  return scanAccountsInline(scope, opts, sink);
}

/** Scans already-resolved accounts in this thread, `accountConcurrency` at a time. */
export async function scanAccountsInline(scope: ResolvedScope, opts: AwsScanOptions, sink: DiscoverySink): Promise<DiscoveryResult> {
  const scanner = createAccountScanner({
    ...scope,
    endpoint: opts.endpoint,
    memberRole: opts.memberRole,
    regions: opts.regions,
    collectors: opts.collectors,
    retry: opts.retry ?? DEFAULT_RETRY,
    requestTimeoutMs: opts.requestTimeoutMs ?? 30_000,
    signal: opts.signal ?? new AbortController().signal,
    sink,
  });
  const stopTicker = callsTicker(scanner.stats, (e) => sink.event(e));
  try {
    await mapLimit(scope.accounts, opts.accountConcurrency ?? 8, scanner.scanAccount);
  } finally {
    stopTicker();
  }
  return { callerAccount: scope.callerAccount, accounts: scope.accounts, stats: scanner.stats, resources: scanner.resources() };
}

/** Everything one thread needs to scan accounts whose identity and list were resolved elsewhere. */
export interface AccountScannerDeps {
  home: string;
  partition: string;
  callerAccount: string;
  base: AwsCredentialIdentityProvider;
  endpoint?: string;
  memberRole?: string;
  regions?: string[];
  collectors: AwsCollector[];
  retry: RetryPolicy;
  requestTimeoutMs: number;
  signal: AbortSignal;
  sink: DiscoverySink;
  /** API calls in flight at once in this thread (see CallGate). */
  maxCallsInFlight?: number;
}

export interface AccountScanner {
  scanAccount(account: string): Promise<void>;
  readonly stats: CallStats;
  /** Resources the collectors produced so far (the driver's account and region assets not counted). */
  resources(): number;
}

/**
 * Scans one account at a time (call `scanAccount` concurrently for several): assumes the member role,
 * finds the enabled regions, then runs every collector × (home region | each region) concurrently. One
 * limiter per scanner: accounts never share a rate-limit bucket, so scanners in different threads never
 * need to coordinate.
 */
export function createAccountScanner(deps: AccountScannerDeps): AccountScanner {
  const { home, partition, sink, collectors, signal, retry, base } = deps;
  const limiter = new SharedLimiter();
  const gate = new CallGate(deps.maxCallsInFlight ?? DEFAULT_CALLS_IN_FLIGHT);
  const stats: CallStats = { calls: 0, retries: 0, failures: 0, retryCodes: {} };
  let resources = 0;

  const scanAccount = async (account: string): Promise<void> => {
    const roleArn = `arn:${partition}:iam::${account}:role/${deps.memberRole ?? 'OrganizationAccountAccessRole'}`;
    const creds = account === deps.callerAccount ? base : shared(assumed(base, roleArn, { endpoint: deps.endpoint, homeRegion: home }));
    const clients = new ClientFactory({ credentials: creds, endpoint: deps.endpoint, requestTimeoutMs: deps.requestTimeoutMs });
    const ctxFor = (region: string, service: string) =>
      createCollectContext({
        partition, account, region, service, clients, limiter, gate, retry, signal, stats,
        onError: (e) => sink.error(e),
        onResources: () => undefined,
      });

    const assumeError = account === deps.callerAccount ? undefined : await tryCredentials(creds, { account, region: home, roleArn });
    if (assumeError) {
      stats.failures++;
      sink.error(assumeError);
    }
    const regionsResult: RegionsResult = assumeError ? { ok: false, error: assumeError } : await enabledRegions(ctxFor(home, 'ec2'));
    const acctAsset = accountAsset(partition, account, regionsResult);
    if (!regionsResult.ok) {
      // Without regions (role not assumable, DescribeRegions denied) nothing regional can be judged.
      await sink.scope([{ provider: 'aws', account, region: 'global' }]);
      await sink.assets([applyAwsFacets(acctAsset)]);
      await sink.coverage(collectors.map((c) => ({ provider: 'aws', account, region: c.scope === 'global' ? 'global' : home, collector: c.id, types: c.types, ok: false, error: regionsResult.error })));
      sink.event({ type: 'account-done', account });
      return;
    }
    const regions = deps.regions?.length ? regionsResult.value.filter((r) => deps.regions?.includes(r)) : regionsResult.value;
    sink.event({ type: 'account-start', account, regions });
    await sink.scope([{ provider: 'aws', account, region: 'global' }, ...regions.map((region) => ({ provider: 'aws' as const, account, region }))]);
    await sink.assets([acctAsset, ...regions.map((r) => regionAsset(partition, account, r))].map(applyAwsFacets));

    const runs: Array<Promise<void>> = [];
    for (const c of collectors) {
      const targets = c.scope === 'global' ? [home] : regions;
      for (const region of targets) runs.push(runCollector(c, ctxFor(region, c.service), c.scope === 'global' ? 'global' : region));
    }
    await Promise.all(runs);
    sink.event({ type: 'account-done', account });
  };

  const runCollector = async (c: AwsCollector, ctx: AwsRunContext, coverageRegion: string): Promise<void> => {
    sink.event({ type: 'collector-start', account: ctx.account, region: coverageRegion, collector: c.id });
    const batch = new AssetBatcher(sink);
    let entry: CoverageEntry = { provider: 'aws', account: ctx.account, region: coverageRegion, collector: c.id, types: c.types, ok: true };
    try {
      for await (const asset of c.collect(ctx)) await batch.add(applyAwsFacets(ctx.complete(asset)));
    } catch (e) {
      const error: CollectionError =
        e instanceof ListingFailed
          ? e.error
          : { provider: 'aws', account: ctx.account, region: ctx.region, service: c.service, operation: c.id, code: 'CollectorFailed', message: e instanceof Error ? e.message : String(e) };
      if (!(e instanceof ListingFailed)) sink.error(error);
      entry = { ...entry, ok: false, error };
    }
    await batch.flush();
    const count = batch.count;
    resources += count;
    await sink.coverage([entry]);
    sink.event({ type: 'collector-done', account: ctx.account, region: coverageRegion, collector: c.id, resources: count, ok: entry.ok });
  };

  return { scanAccount, stats, resources: () => resources };
}

/** Emits a `calls` event about once a second with the calls and retries since the last one; returns the stopper. */
export function callsTicker(stats: CallStats, emit: (e: DiscoveryEvent) => void): () => void {
  let reported = { calls: 0, retries: 0 };
  const report = () => {
    emit({ type: 'calls', count: stats.calls - reported.calls, retries: stats.retries - reported.retries });
    reported = { calls: stats.calls, retries: stats.retries };
  };
  const ticker = setInterval(report, 1000);
  return () => {
    clearInterval(ticker);
    report();
  };
}

async function whoAmI(clients: ClientFactory, region: string, endpoint: string | undefined): Promise<{ account: string; arn: string }> {
  try {
    const out = await clients.get(STSClient, region).send(new GetCallerIdentityCommand({}));
    if (!out.Account || !out.Arn) throw new ToolError('STS GetCallerIdentity returned no account');
    return { account: out.Account, arn: out.Arn };
  } catch (e) {
    if (e instanceof ToolError) throw e;
    const info = classify(e);
    const where = endpoint ? ` at ${endpoint}` : '';
    if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT/.test(`${info.code} ${info.message}`))
      throw new ToolError(`cannot reach the AWS STS endpoint${where}: ${info.message}. Check --endpoint / AWS_ENDPOINT_URL and the network.`);
    if (info.code === 'CredentialsProviderError' || /credential/i.test(info.message))
      throw new ToolError(`no usable AWS credentials: ${info.message}. Set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or run 'aws sso login'.`);
    throw new ToolError(`AWS STS GetCallerIdentity failed${where}: ${info.code}: ${info.message}`);
  }
}

/** Assumes the member role once up front, so a refusal is reported as what it is: sts:AssumeRole. */
async function tryCredentials(creds: AwsCredentialIdentityProvider, where: { account: string; region: string; roleArn: string }): Promise<CollectionError | undefined> {
  try {
    await creds();
    return undefined;
  } catch (e) {
    const info = classify(e);
    return { provider: 'aws', account: where.account, region: where.region, service: 'sts', operation: 'AssumeRole', code: info.code, message: info.message, resource: where.roleArn };
  }
}

async function organizationAccounts(clients: ClientFactory, region: string): Promise<string[]> {
  const org = clients.get(OrganizationsClient, region);
  const out: string[] = [];
  let token: string | undefined;
  try {
    do {
      const page = await org.send(new ListAccountsCommand({ NextToken: token }));
      for (const a of page.Accounts ?? []) if (a.Id && (a.State ?? a.Status) === 'ACTIVE') out.push(a.Id);
      token = page.NextToken;
    } while (token);
  } catch (e) {
    const info = classify(e);
    throw new ToolError(`--org: Organizations ListAccounts failed: ${info.code}: ${info.message}. Run from the management account or a delegated administrator.`);
  }
  return out;
}

export type RegionsResult = { ok: true; value: string[] } | { ok: false; error: CollectionError };

async function enabledRegions(ctx: AwsCollectContext): Promise<RegionsResult> {
  const r = await ctx.call('DescribeRegions', () => ctx.client(EC2Client).send(new DescribeRegionsCommand({ AllRegions: true })));
  if (!r.ok) return r;
  const regions = (r.value?.Regions ?? []).filter((x) => x.OptInStatus !== 'not-opted-in' && x.RegionName).map((x) => x.RegionName as string);
  return { ok: true, value: regions.sort() };
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await fn(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
