/**
 * The CIS GCP Foundation Benchmark v4.0.0 log-metric controls (2.4-2.11): the filter the benchmark
 * prescribes (shown in remediation) and audit log entries, shaped as Cloud Audit Logs writes them, that a
 * metric filter must match to count as covering the control. Matching is by behaviour, so an equivalent
 * filter written differently still counts.
 */

export interface LogControl {
  cis: string;
  /** What must be monitored, for titles and reasons. */
  subject: string;
  /** The benchmark's filter. */
  filter: string;
  /** Entries the filter must match. */
  entries: object[];
}

interface EntryInit {
  service: string;
  method: string;
  resourceType: string;
  serviceData?: object;
}

/** An Admin Activity audit log entry (LogEntry with an AuditLog protoPayload). */
export function auditEntry(e: EntryInit): object {
  return {
    logName: 'projects/parapet-fixture/logs/cloudaudit.googleapis.com%2Factivity',
    severity: 'NOTICE',
    resource: { type: e.resourceType, labels: { project_id: 'parapet-fixture' } },
    protoPayload: {
      '@type': 'type.googleapis.com/google.cloud.audit.AuditLog',
      serviceName: e.service,
      methodName: e.method,
      resourceName: 'projects/parapet-fixture',
      authenticationInfo: { principalEmail: 'someone@example.com' },
      ...(e.serviceData ? { serviceData: e.serviceData } : {}),
    },
  };
}

const CRM = 'cloudresourcemanager.googleapis.com';
const methods = (service: string, resourceType: string, list: string[]) => list.map((method) => auditEntry({ service, method, resourceType }));
const ownerDelta = (action: string) => ({
  '@type': 'type.googleapis.com/google.iam.v1.logging.AuditData',
  policyDelta: { bindingDeltas: [{ action, role: 'roles/owner', member: 'user:someone-else@example.com' }] },
});

export const CIS_LOG_CONTROLS = {
  projectOwnership: {
    cis: '2.4',
    subject: 'project ownership assignments and changes',
    filter:
      '(protoPayload.serviceName="cloudresourcemanager.googleapis.com") AND (ProjectOwnership OR projectOwnerInvitee) OR ' +
      '(protoPayload.serviceData.policyDelta.bindingDeltas.action="REMOVE" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner") OR ' +
      '(protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner")',
    entries: [
      auditEntry({ service: CRM, method: 'SetIamPolicy', resourceType: 'project', serviceData: ownerDelta('ADD') }),
      auditEntry({ service: CRM, method: 'SetIamPolicy', resourceType: 'project', serviceData: ownerDelta('REMOVE') }),
    ],
  },
  auditConfig: {
    cis: '2.5',
    subject: 'audit configuration changes',
    filter: 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*',
    entries: [
      auditEntry({
        service: CRM,
        method: 'SetIamPolicy',
        resourceType: 'project',
        serviceData: { policyDelta: { auditConfigDeltas: [{ action: 'REMOVE', service: 'allServices', logType: 'DATA_READ' }] } },
      }),
    ],
  },
  customRole: {
    cis: '2.6',
    subject: 'custom role changes',
    filter:
      'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR ' +
      'protoPayload.methodName="google.iam.admin.v1.UpdateRole" OR protoPayload.methodName="google.iam.admin.v1.UndeleteRole")',
    entries: methods('iam.googleapis.com', 'iam_role', ['CreateRole', 'DeleteRole', 'UpdateRole', 'UndeleteRole'].map((m) => `google.iam.admin.v1.${m}`)),
  },
  firewallRules: {
    cis: '2.7',
    subject: 'VPC firewall rule changes',
    filter:
      'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.patch" OR protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")',
    entries: methods('compute.googleapis.com', 'gce_firewall_rule', ['insert', 'patch', 'delete'].map((m) => `v1.compute.firewalls.${m}`)),
  },
  routes: {
    cis: '2.8',
    subject: 'VPC network route changes',
    filter: 'resource.type="gce_route" AND (protoPayload.methodName:"compute.routes.delete" OR protoPayload.methodName:"compute.routes.insert")',
    entries: methods('compute.googleapis.com', 'gce_route', ['v1.compute.routes.insert', 'v1.compute.routes.delete']),
  },
  networks: {
    cis: '2.9',
    subject: 'VPC network changes',
    filter:
      'resource.type="gce_network" AND (protoPayload.methodName:"compute.networks.insert" OR protoPayload.methodName:"compute.networks.patch" OR ' +
      'protoPayload.methodName:"compute.networks.delete" OR protoPayload.methodName:"compute.networks.removePeering" OR protoPayload.methodName:"compute.networks.addPeering")',
    // The method names the benchmark's audit step lists (insert/patch from the beta API).
    entries: methods('compute.googleapis.com', 'gce_network', [
      'beta.compute.networks.insert',
      'beta.compute.networks.patch',
      'v1.compute.networks.delete',
      'v1.compute.networks.removePeering',
      'v1.compute.networks.addPeering',
    ]),
  },
  storageIam: {
    cis: '2.10',
    subject: 'Cloud Storage IAM permission changes',
    filter: 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"',
    entries: methods('storage.googleapis.com', 'gcs_bucket', ['storage.setIamPermissions']),
  },
  sqlInstanceConfig: {
    cis: '2.11',
    subject: 'Cloud SQL instance configuration changes',
    filter: 'protoPayload.methodName="cloudsql.instances.update"',
    entries: methods('cloudsql.googleapis.com', 'cloudsql_database', ['cloudsql.instances.update']),
  },
} satisfies Record<string, LogControl>;
