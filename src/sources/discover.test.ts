import { describe, expect, it } from 'vitest';
import { iacResource, mapContext } from '../../test/support/iac.js';
import { absorbSuppressions, diagnosticError, mapResources } from './discover.js';
import { Unknown } from './model.js';

const suppression = (ruleId: string, line: number) => ({ ruleId, reason: 'approved', file: 'main.tf', line });

describe('mapping an input', () => {
  it('merges related blocks and applies a suppression written on a merged block, by reference or by name', () => {
    const ctx = mapContext();
    const resources = [
      iacResource('aws_s3_bucket', 'site', { bucket: 'site-bucket' }, { line: 1 }),
      iacResource('aws_s3_bucket_acl', 'site', { bucket: 'site-bucket', acl: 'public-read' }, { line: 5, suppressions: [suppression('rule.a', 4)] }),
      iacResource('aws_s3_bucket', 'logs', { bucket: new Unknown('variable var.name has no value') }, { line: 10 }),
      iacResource('aws_s3_bucket_versioning', 'logs', { bucket: new Unknown('computed attribute aws_s3_bucket.logs.id', ['aws_s3_bucket.logs']), versioning_configuration: [{ status: 'Enabled' }] }, { line: 14, suppressions: [suppression('rule.b', 13)] }),
      iacResource('aws_s3_bucket_acl', 'other', { bucket: 'site-bucket' }, { module: 'module.x', address: 'module.x.aws_s3_bucket_acl.other', suppressions: [suppression('rule.c', 20)] }),
    ];
    const assets = mapResources(resources, 'terraform', ctx);
    const site = assets.find((a) => a.name === 'site-bucket')!;
    const logs = assets.find((a) => a.source.type === 'iac' && a.source.address === 'aws_s3_bucket.logs')!;
    expect(site.source.type === 'iac' && site.source.suppressions).toEqual([{ ruleId: 'rule.a', reason: 'approved', line: 4 }]);
    expect(logs.source.type === 'iac' && logs.source.suppressions).toEqual([{ ruleId: 'rule.b', reason: 'approved', line: 13 }]);
    // Absorbing again does not duplicate.
    absorbSuppressions(resources, assets);
    expect(site.source.type === 'iac' && site.source.suppressions?.length).toBe(1);
  });

  it('reports a judged cloud type no mapper reads once, with its first place, and stays quiet about containers', () => {
    const ctx = mapContext();
    mapResources(
      [
        iacResource('aws_frobnicator', 'a', {}, { line: 3 }),
        iacResource('aws_frobnicator', 'b', {}, { line: 9 }),
        iacResource('azurerm_resource_group', 'rg', { name: 'rg' }),
        iacResource('random_id', 'r', {}),
      ],
      'terraform',
      ctx,
    );
    expect(ctx.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', code: 'UnknownResourceType', file: 'main.tf', line: 3, message: expect.stringMatching(/aws_frobnicator .*2 resources, first aws_frobnicator\.a/) })]);
  });

  it('turns a diagnostic into a scan error naming tool, file, line and column', () => {
    expect(diagnosticError({ severity: 'error', file: 'infra/main.tf', line: 7, column: 3, code: 'HclSyntax', message: "expected '}'" }, 'aws', 'terraform')).toEqual({
      provider: 'aws',
      account: '-',
      region: 'global',
      service: 'terraform',
      operation: 'Parse',
      code: 'HclSyntax',
      message: "infra/main.tf:7:3: expected '}'",
      resource: 'infra/main.tf:7:3',
    });
    expect(diagnosticError({ severity: 'warning', file: 'a.yaml', line: 2, code: 'ConditionUnknown', message: 'm' }, 'aws', 'cloudformation').message).toBe('warning: a.yaml:2: m');
  });
});
