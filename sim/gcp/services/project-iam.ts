/**
 * Resource Manager v1 projects.getIamPolicy (`POST /cloudresourcemanager/v1/projects/{project}:getIamPolicy`),
 * the project's allow policy with its audit configs. Served under the same root as Resource Manager v3:
 * googleapis' v1 and v3 clients build `<rootUrl>/v1/...` and `<rootUrl>/v3/...` from one root.
 *
 * Estate sections: `iamBindings` (Binding[]: `role`, `members`, optional `condition`) and `auditConfigs`
 * (AuditConfig[]: `service`, `auditLogConfigs[].logType`/`exemptedMembers`). The body's
 * `options.requestedPolicyVersion` decides the policy version, as IAM documents.
 */
import type { GcpSimService } from '../service.js';
import { policyResponse, requestedVersion } from './iam-policy.js';

export const projectIam: GcpSimService = {
  api: 'cloudresourcemanager',
  routes: [
    {
      method: 'POST',
      path: 'v1/projects/{project}:getIamPolicy',
      operation: 'cloudresourcemanager.projects.getIamPolicy',
      permission: 'resourcemanager.projects.getIamPolicy',
      kind: 'get',
      handler: (ctx) => policyResponse(ctx.section('iamBindings'), ctx.section('auditConfigs'), requestedVersion(ctx.query, ctx.body)),
    },
  ],
  // No `generate`: bindings are not assets; the IAM generator binds the service accounts it makes.
};
