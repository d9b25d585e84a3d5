import { describe, expect, it } from 'vitest';
import { awsCollectors } from '../../src/providers/aws/services/index.js';
import { builtinRules } from '../../src/rules/index.js';

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
    const needed = new Set(builtinRules.filter((r) => r.providers.includes('aws')).flatMap((r) => [...(r.types ?? []), ...(r.lookups ?? [])]));
    expect([...needed].filter((t) => !produced.has(t))).toEqual([]);
  });
});
