/**
 * Cloud Resource Manager v3 (`/cloudresourcemanager/`): projects.get, projects.list (by parent),
 * projects.search, folders.list, folders.get, organizations.get — what the scan driver needs to find the
 * projects of `--organization` / `--folder` or every project the caller can see.
 *
 * Reads `estate.gcp.organization`, `estate.gcp.folders` (`name: folders/<n>`, `displayName`, `parent`) and
 * each project's `projectId`, `projectNumber`, `displayName`, `parent`, `lifecycleState`. v1
 * projects.getIamPolicy is served by project-iam.ts under the same root.
 */
import type { GcpEstate, GcpProjectEstate } from '../estate.js';
import { GcpSimError, type GcpSimContext, type GcpSimService } from '../service.js';
import { findProject } from '../engine.js';
import { DEFAULT_CREATED } from './ids.js';

function projectView(p: GcpProjectEstate): Record<string, unknown> {
  return {
    name: `projects/${p.projectNumber}`,
    ...(p.parent ? { parent: p.parent } : {}),
    projectId: p.projectId,
    state: p.lifecycleState ?? 'ACTIVE',
    displayName: p.displayName ?? p.projectId,
    createTime: DEFAULT_CREATED,
    updateTime: DEFAULT_CREATED,
    etag: `W/"${p.projectNumber}"`,
  };
}

function folderView(f: NonNullable<GcpEstate['folders']>[number]): Record<string, unknown> {
  return { name: f.name, parent: f.parent, displayName: f.displayName ?? f.name, state: 'ACTIVE', createTime: DEFAULT_CREATED, updateTime: DEFAULT_CREATED, etag: `W/"${f.name}"` };
}

const denied = (what: string) => new GcpSimError(403, 'PERMISSION_DENIED', `The caller does not have permission (or ${what} does not exist).`, 'forbidden');

function requireParent(ctx: GcpSimContext): string {
  const parent = ctx.query.get('parent');
  if (!parent || !/^(organizations|folders)\/\d+$/.test(parent)) throw new GcpSimError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument: parent must be organizations/<n> or folders/<n>.', 'badRequest');
  return parent;
}

function knownParent(estate: GcpEstate, parent: string): boolean {
  return estate.organization?.name === parent || (estate.folders ?? []).some((f) => f.name === parent);
}

const visible = (p: GcpProjectEstate, showDeleted: boolean) => showDeleted || (p.lifecycleState ?? 'ACTIVE') === 'ACTIVE';

/** projects.search query: the `parent:` and `state:` / `lifecycleState:` terms; other terms are ignored. */
function searchFilter(query: string): (p: GcpProjectEstate) => boolean {
  const terms = query.split(/\s+(?:AND\s+)?/i).filter(Boolean);
  const checks: Array<(p: GcpProjectEstate) => boolean> = [];
  for (const t of terms) {
    const m = /^(\w+)[:=](.+)$/.exec(t);
    if (!m) continue;
    const [, key, value] = m as unknown as [string, string, string];
    if (key === 'parent') checks.push((p) => p.parent === value);
    if (key === 'state' || key === 'lifecycleState') checks.push((p) => (p.lifecycleState ?? 'ACTIVE') === value.toUpperCase());
    if (key === 'id' || key === 'projectId') checks.push((p) => p.projectId === value);
  }
  return (p) => checks.every((c) => c(p));
}

export const cloudresourcemanager: GcpSimService = {
  api: 'cloudresourcemanager',
  routes: [
    {
      method: 'GET',
      path: 'v3/projects:search',
      operation: 'cloudresourcemanager.projects.search',
      permission: 'resourcemanager.projects.get',
      kind: 'list',
      itemsKey: 'projects',
      defaultPageSize: 100,
      maxPageSize: 500,
      handler: (ctx) => {
        const filter = searchFilter(ctx.query.get('query') ?? '');
        return ctx.estate.projects.filter((p) => filter(p)).map(projectView);
      },
    },
    {
      method: 'GET',
      path: 'v3/projects/{projectKey}',
      operation: 'cloudresourcemanager.projects.get',
      permission: 'resourcemanager.projects.get',
      kind: 'get',
      projectOf: (estate, params) => findProject(estate, params.projectKey),
      handler: (ctx) => {
        const p = findProject(ctx.estate, ctx.params.projectKey);
        if (!p) throw denied(`projects/${ctx.params.projectKey}`);
        return projectView(p);
      },
    },
    {
      method: 'GET',
      path: 'v3/projects',
      operation: 'cloudresourcemanager.projects.list',
      permission: 'resourcemanager.projects.list',
      kind: 'list',
      itemsKey: 'projects',
      defaultPageSize: 100,
      maxPageSize: 1000,
      handler: (ctx) => {
        const parent = requireParent(ctx);
        if (!knownParent(ctx.estate, parent)) throw denied(parent);
        const showDeleted = ctx.query.get('showDeleted') === 'true';
        return ctx.estate.projects.filter((p) => p.parent === parent && visible(p, showDeleted)).map(projectView);
      },
    },
    {
      method: 'GET',
      path: 'v3/folders',
      operation: 'cloudresourcemanager.folders.list',
      permission: 'resourcemanager.folders.list',
      kind: 'list',
      itemsKey: 'folders',
      defaultPageSize: 100,
      maxPageSize: 1000,
      handler: (ctx) => {
        const parent = requireParent(ctx);
        if (!knownParent(ctx.estate, parent)) throw denied(parent);
        return (ctx.estate.folders ?? []).filter((f) => f.parent === parent).map(folderView);
      },
    },
    {
      method: 'GET',
      path: 'v3/folders/{folder}',
      operation: 'cloudresourcemanager.folders.get',
      permission: 'resourcemanager.folders.get',
      kind: 'get',
      handler: (ctx) => {
        const f = (ctx.estate.folders ?? []).find((x) => x.name === `folders/${ctx.params.folder}`);
        if (!f) throw denied(`folders/${ctx.params.folder}`);
        return folderView(f);
      },
    },
    {
      method: 'GET',
      path: 'v3/organizations/{organization}',
      operation: 'cloudresourcemanager.organizations.get',
      permission: 'resourcemanager.organizations.get',
      kind: 'get',
      handler: (ctx) => {
        const o = ctx.estate.organization;
        if (!o || o.name !== `organizations/${ctx.params.organization}`) throw denied(`organizations/${ctx.params.organization}`);
        return { name: o.name, displayName: o.displayName ?? o.name, state: 'ACTIVE', directoryCustomerId: 'C0sim0001', createTime: DEFAULT_CREATED, updateTime: DEFAULT_CREATED, etag: `W/"${o.name}"` };
      },
    },
  ],
};
