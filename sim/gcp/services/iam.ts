/**
 * IAM API v1 (`/iam/`): projects.serviceAccounts.list and projects.serviceAccounts.keys.list.
 *
 * Estate section `serviceAccounts`: ServiceAccount as the API returns it (`email`, `uniqueId`,
 * `displayName`, `disabled` ...; `name`, `projectId`, `oauth2ClientId` and `etag` are filled in when absent),
 * plus `keys`: ServiceAccountKey[] (`name` may be the key id alone; `keyType` USER_MANAGED | SYSTEM_MANAGED,
 * `validAfterTime`, `validBeforeTime`, `disabled`). serviceAccounts.list pages with `pageSize` (default 20,
 * at most 100); keys.list is not paged and filters on `keyTypes`. An unknown account is NOT_FOUND.
 */
import type { GcpProjectEstate } from '../estate.js';
import { GcpSimError, type GcpSimContext, type GcpSimService } from '../service.js';
import { etagOf } from './iam-policy.js';

const ROLES = ['roles/logging.logWriter', 'roles/monitoring.metricWriter', 'roles/cloudsql.client', 'roles/storage.objectViewer', 'roles/pubsub.publisher'];

function accountView(projectId: string, a: any): any {
  const { keys: _keys, ...rest } = a;
  return {
    name: `projects/${projectId}/serviceAccounts/${a.email}`,
    projectId,
    oauth2ClientId: a.uniqueId,
    etag: etagOf(a.email),
    ...rest,
  };
}

function keyView(projectId: string, email: string, k: any): any {
  const name = String(k.name).includes('/') ? String(k.name) : `projects/${projectId}/serviceAccounts/${email}/keys/${k.name}`;
  return { keyAlgorithm: 'KEY_ALG_RSA_2048', keyOrigin: 'GOOGLE_PROVIDED', ...k, name };
}

function findAccount(ctx: GcpSimContext): any {
  const id = ctx.params.account ?? '';
  const found = ctx.section('serviceAccounts').find((a) => a.email === id || a.uniqueId === id);
  if (!found) throw new GcpSimError(404, 'NOT_FOUND', `Unknown service account`, 'notFound');
  return found;
}

export const iam: GcpSimService = {
  api: 'iam',
  routes: [
    {
      method: 'GET',
      path: 'v1/projects/{project}/serviceAccounts',
      operation: 'iam.projects.serviceAccounts.list',
      permission: 'iam.serviceAccounts.list',
      kind: 'list',
      itemsKey: 'accounts',
      defaultPageSize: 20,
      maxPageSize: 100,
      handler: (ctx) => ctx.section('serviceAccounts').map((a) => accountView(ctx.project.projectId, a)),
    },
    {
      method: 'GET',
      path: 'v1/projects/{project}/serviceAccounts/{account}/keys',
      operation: 'iam.projects.serviceAccounts.keys.list',
      permission: 'iam.serviceAccountKeys.list',
      kind: 'get',
      handler: (ctx) => {
        const a = findAccount(ctx);
        const types = ctx.query.getAll('keyTypes');
        const keys = ((a.keys ?? []) as any[]).filter((k) => types.length === 0 || types.includes(k.keyType)).map((k) => keyView(ctx.project.projectId, a.email, k));
        // An account without keys answers `{}`: the API omits empty repeated fields.
        return keys.length ? { keys } : {};
      },
    },
  ],
  /**
   * `count` service accounts, about a third with a user-managed key of any age up to 400 days. Each is
   * bound to a role in the project's IAM policy (section `iamBindings`, uncounted: bindings are not assets),
   * a few to roles/editor.
   */
  generate(project: GcpProjectEstate, count: number, rand: () => number): number {
    const list = (project.resources.serviceAccounts ??= []);
    const bindings = (project.resources.iamBindings ??= []);
    const bind = (role: string, member: string): void => {
      const b = bindings.find((x) => x.role === role && !x.condition);
      if (b) b.members.push(member);
      else bindings.push({ role, members: [member] });
    };
    if (!bindings.some((b) => b.role === 'roles/owner')) bind('roles/owner', 'user:owner@example.com');
    for (let n = 0; n < count; n++) {
      const userKey = rand() < 0.3;
      const email = `svc-${n}@${project.projectId}.iam.gserviceaccount.com`;
      bind(rand() < 0.05 ? 'roles/editor' : (ROLES[n % ROLES.length] ?? 'roles/viewer'), `serviceAccount:${email}`);
      const ageDays = Math.floor(rand() * 400);
      const created = new Date(Date.UTC(2026, 10, 29) - ageDays * 86_400_000).toISOString().replace('.000', '');
      list.push({
        email,
        uniqueId: String(100000000000000000000n + BigInt(Number(project.projectNumber.slice(-6)) * 100000 + n)),
        displayName: `Service ${n}`,
        disabled: false,
        keys: [
          { name: `sys${n.toString(16).padStart(8, '0')}`, keyType: 'SYSTEM_MANAGED', validAfterTime: created, validBeforeTime: '2028-11-29T00:00:00Z' },
          ...(userKey ? [{ name: `usr${n.toString(16).padStart(8, '0')}`, keyType: 'USER_MANAGED', keyOrigin: 'GOOGLE_PROVIDED', validAfterTime: created, validBeforeTime: '9999-12-31T23:59:59Z', disabled: false }] : []),
        ],
      });
    }
    return count;
  },
};
