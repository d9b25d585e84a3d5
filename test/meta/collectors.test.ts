import { describe, expect, it } from 'vitest';
import { awsCollectors } from '../../src/providers/aws/services/index.js';
import { azureCollectors } from '../../src/providers/azure/services/index.js';
import { gcpCollectors } from '../../src/providers/gcp/services/index.js';
import { builtinRules } from '../../src/rules/index.js';

/** Native types every rule applies to or looks up, per provider (by the provider's naming of types). */
function typesRulesNeed(owns: (type: string) => boolean): string[] {
  return [...new Set(builtinRules.flatMap((r) => [...(r.types ?? []), ...(r.lookups ?? [])]).filter(owns))];
}

describe('AWS collector registry', () => {
  it('has unique ids of the form aws.<service>.<resources>', () => {
    const ids = awsCollectors.map((c) => c.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id).toMatch(/^aws\.[a-z0-9]+\.[a-z0-9-]+$/);
  });

  it.each(awsCollectors.map((c) => [c.id, c] as const))('%s declares its types and read-only permissions', (_id, c) => {
    expect(c.types.length).toBeGreaterThan(0);
    expect(c.permissions.length).toBeGreaterThan(0);
    for (const p of c.permissions) {
      expect(p).toMatch(/^[a-z0-9-]+:[A-Za-z0-9*]+$/);
      // Discovery is read-only: nothing that creates, changes or deletes, except generating the IAM credential report.
      expect(p.split(':')[1]).toMatch(/^(Describe|List|Get|Generate(Credential)?Report|GenerateCredentialReport|BatchGet|Search|Lookup)/);
    }
  });

  it('produces every native type a rule applies to (except the driver-made account and region assets)', () => {
    const produced = new Set([...awsCollectors.flatMap((c) => c.types), 'AWS::::Account', 'AWS::::Region']);
    expect(typesRulesNeed((t) => t.startsWith('AWS::')).filter((t) => !produced.has(t))).toEqual([]);
  });
});

describe('Azure and GCP collector registries', () => {
  it('produce every native type a rule applies to or looks up (besides the driver-made subscription and project assets)', () => {
    const azure = new Set([...azureCollectors.flatMap((c) => c.types), 'Microsoft.Resources/subscriptions']);
    expect(typesRulesNeed((t) => t.startsWith('Microsoft.')).filter((t) => !azure.has(t))).toEqual([]);
    const gcp = new Set([...gcpCollectors.flatMap((c) => c.types), 'cloudresourcemanager.googleapis.com/Project']);
    expect(typesRulesNeed((t) => /^[a-z]+\.googleapis\.com\//.test(t)).filter((t) => !gcp.has(t))).toEqual([]);
  });

  it.each([...azureCollectors, ...gcpCollectors].map((c) => [c.id, c] as const))('%s has a unique id, types and declared permissions', (id, c) => {
    expect(id).toMatch(/^(azure|gcp)\.[a-z0-9]+\.[a-z0-9-]+$/);
    expect([...azureCollectors, ...gcpCollectors].filter((o) => o.id === id)).toHaveLength(1);
    expect(c.types.length).toBeGreaterThan(0);
    expect(c.permissions.length).toBeGreaterThan(0);
    // Read-only: Azure read actions, GCP get/list/getIamPolicy permissions.
    for (const p of c.permissions) expect(p).toMatch(id.startsWith('azure.') ? /^Microsoft\.[A-Za-z]+\/[A-Za-z/]+\/read$/ : /^[a-z]+(\.[a-zA-Z]+)+\.(get|list|getIamPolicy)$/);
  });
});
