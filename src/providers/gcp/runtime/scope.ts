/**
 * Which projects a scan covers, through Resource Manager v3: the `--projects` list (each read with
 * projects.get), every ACTIVE project under `--organization` / `--folder` (folders walked recursively), or
 * every ACTIVE project the credential can see (projects.search); minus `--exclude-projects`.
 */
import type { cloudresourcemanager_v3 } from 'googleapis/build/src/apis/cloudresourcemanager/v3.js';
import type { CollectionError } from '../../../core/asset.js';
import { ToolError } from '../../aws/runtime/tool-error.js';
import { ListingFailed, type GcpCollectContext } from '../collector.js';

type Project = cloudresourcemanager_v3.Schema$Project;

export interface ScopedProject {
  projectId: string;
  /** Empty when the project could not be read (`error` says why). */
  projectNumber: string;
  project?: Project;
  error?: CollectionError;
}

export interface ProjectScopeOptions {
  projects?: string[];
  organization?: string;
  folders?: string[];
  excludeProjects?: string[];
}

const numberOf = (p: Project): string => (p.name ?? '').replace(/^projects\//, '');
const isActive = (p: Project): boolean => (p.state ?? 'ACTIVE') === 'ACTIVE';

export function normalizeParent(kind: 'organizations' | 'folders', v: string): string {
  return v.startsWith(`${kind}/`) ? v : `${kind}/${v}`;
}

const UNREACHABLE = /^(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|TimeoutError)$/;

/** A scope listing that failed because the API cannot be reached says so first. */
function unreachable(e: ListingFailed): ToolError | undefined {
  if (!UNREACHABLE.test(e.error.code)) return undefined;
  return new ToolError(`cannot reach the Resource Manager API: ${e.error.code}: ${e.error.message}. Check --endpoint and the network.`);
}

async function underParents(ctx: GcpCollectContext, roots: string[], flag: string): Promise<Project[]> {
  const crm = ctx.api('cloudresourcemanager');
  const out: Project[] = [];
  const queue = [...roots];
  const seen = new Set<string>();
  try {
    while (queue.length) {
      const parent = queue.shift()!;
      if (seen.has(parent)) continue;
      seen.add(parent);
      for await (const p of ctx.list('cloudresourcemanager', 'cloudresourcemanager.projects.list', async (pageToken) => (await crm.projects.list({ parent, pageToken, pageSize: 1000 })).data, (pg) => pg.projects, (pg) => pg.nextPageToken, { resource: parent }))
        if (isActive(p)) out.push(p);
      for await (const f of ctx.list('cloudresourcemanager', 'cloudresourcemanager.folders.list', async (pageToken) => (await crm.folders.list({ parent, pageToken, pageSize: 1000 })).data, (pg) => pg.folders, (pg) => pg.nextPageToken, { resource: parent }))
        if (f.name && (f.state ?? 'ACTIVE') === 'ACTIVE') queue.push(f.name);
    }
  } catch (e) {
    if (!(e instanceof ListingFailed)) throw e;
    throw unreachable(e) ?? new ToolError(`${flag}: Resource Manager ${e.error.operation} on ${e.error.resource ?? roots.join(', ')} failed: ${e.error.code}: ${e.error.message}. The credential needs resourcemanager.projects.list and resourcemanager.folders.list there.`);
  }
  return out;
}

async function searchAll(ctx: GcpCollectContext): Promise<Project[]> {
  const crm = ctx.api('cloudresourcemanager');
  const out: Project[] = [];
  try {
    for await (const p of ctx.list('cloudresourcemanager', 'cloudresourcemanager.projects.search', async (pageToken) => (await crm.projects.search({ query: 'state:ACTIVE', pageToken, pageSize: 500 })).data, (pg) => pg.projects, (pg) => pg.nextPageToken))
      if (isActive(p)) out.push(p);
  } catch (e) {
    if (!(e instanceof ListingFailed)) throw e;
    throw unreachable(e) ?? new ToolError(`cannot list the projects the credential can see: Resource Manager projects.search failed: ${e.error.code}: ${e.error.message}. Pass --projects, or grant resourcemanager.projects.get.`);
  }
  return out;
}

/** `ctx` is a context for Resource Manager calls (project `-`). */
export async function resolveProjects(ctx: GcpCollectContext, opts: ProjectScopeOptions): Promise<ScopedProject[]> {
  let scoped: ScopedProject[];
  if (opts.projects?.length && !opts.organization && !opts.folders?.length) {
    const crm = ctx.api('cloudresourcemanager');
    scoped = await Promise.all(
      opts.projects.map(async (id): Promise<ScopedProject> => {
        const name = `projects/${id}`;
        const r = await ctx.call('cloudresourcemanager', 'cloudresourcemanager.projects.get', async () => (await crm.projects.get({ name })).data, { resource: name });
        if (!r.ok || !r.value) return { projectId: id, projectNumber: '', ...(r.ok ? {} : { error: { ...r.error, account: id } }) };
        return { projectId: r.value.projectId ?? id, projectNumber: numberOf(r.value), project: r.value };
      }),
    );
  } else {
    const roots = [...(opts.organization ? [normalizeParent('organizations', opts.organization)] : []), ...(opts.folders ?? []).map((f) => normalizeParent('folders', f))];
    const found = roots.length ? await underParents(ctx, roots, opts.organization ? '--organization' : '--folder') : await searchAll(ctx);
    scoped = found.filter((p) => p.projectId).map((p) => ({ projectId: p.projectId!, projectNumber: numberOf(p), project: p }));
    // --projects with --organization/--folder narrows the listing.
    if (opts.projects?.length) scoped = scoped.filter((p) => opts.projects!.includes(p.projectId) || opts.projects!.includes(p.projectNumber));
  }
  const excluded = new Set(opts.excludeProjects ?? []);
  const unique = new Map<string, ScopedProject>();
  for (const p of scoped) if (!excluded.has(p.projectId) && !excluded.has(p.projectNumber) && !unique.has(p.projectId)) unique.set(p.projectId, p);
  return [...unique.values()].sort((a, b) => a.projectId.localeCompare(b.projectId));
}
