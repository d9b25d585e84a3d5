import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { deniedGap, projectAsset } from '../../../../test/support/gcp-assets.js';
import { rule } from './audit-logs-all-services.js';

const logs = (...types: string[]) => types.map((logType) => ({ logType }));
const project = (auditConfigs?: unknown[]) => projectAsset({ iamPolicy: { bindings: [], ...(auditConfigs ? { auditConfigs } : {}) } });

describe(rule.id, () => {
  it.each([
    ['allServices with all three types', project([{ service: 'allServices', auditLogConfigs: logs('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') }]), 'pass'],
    ['no audit configs', project(), 'fail'],
    ['DATA_READ missing', project([{ service: 'allServices', auditLogConfigs: logs('ADMIN_READ', 'DATA_WRITE') }]), 'fail'],
    ['only one service configured', project([{ service: 'storage.googleapis.com', auditLogConfigs: logs('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') }]), 'fail'],
    [
      'an exemption on a per-service config',
      project([
        { service: 'allServices', auditLogConfigs: logs('ADMIN_READ', 'DATA_READ', 'DATA_WRITE') },
        { service: 'bigquery.googleapis.com', auditLogConfigs: [{ logType: 'DATA_READ', exemptedMembers: ['user:etl@example.com'] }] },
      ]),
      'fail',
    ],
  ])('%s -> %s', (_n, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('names the exempted principal', () => {
    const v = runRule(rule, project([{ service: 'allServices', auditLogConfigs: [...logs('ADMIN_READ', 'DATA_WRITE'), { logType: 'DATA_READ', exemptedMembers: ['user:x@example.com'] }] }]), fixtureContext([]));
    expect(v.reason).toContain('user:x@example.com');
  });

  it('is unknown without the IAM policy', () => {
    expect(runRule(rule, projectAsset({}, { iamPolicy: deniedGap('cloudresourcemanager', 'cloudresourcemanager.projects.getIamPolicy') }), fixtureContext([])).status).toBe('unknown');
  });
});
