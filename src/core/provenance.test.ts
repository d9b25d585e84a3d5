import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../test/support/assets.js';
import type { Asset } from './asset.js';
import { evidenceSources, sourceOf } from './provenance.js';
import type { Evidence, Verdict } from './verdict.js';

const verdict = (...paths: string[]): Verdict => ({ status: 'fail', reason: 'r', evidence: paths.map((path): Evidence => ({ path, observed: null, expected: null })) });

const ACL = 'aws:s3:GetBucketAcl';
const POLICY = 'aws:s3:GetBucketPolicy';
const LIST = 'aws:s3:ListBuckets';

function bucket(extra: Partial<Asset> = {}): Asset {
  return {
    ...awsAsset({ type: 'AWS::S3::Bucket', kind: 'storage.bucket', id: 'arn:aws:s3:::b', config: { bucket: { Name: 'b' }, acl: { Grants: [] }, policy: null }, gaps: { versioning: deniedGap('s3', 'GetBucketVersioning') } }),
    facets: { publicRead: false },
    provenance: { bucket: LIST, acl: ACL, policy: POLICY, versioning: 'aws:s3:GetBucketVersioning' },
    ...extra,
  };
}

describe('sourceOf', () => {
  it.each([
    [{ provider: 'aws' as const, service: 's3', operation: 'GetBucketAcl' }, 'aws:s3:GetBucketAcl'],
    [{ provider: 'azure' as const, service: 'storage', operation: 'blobContainers.list' }, 'azure:storage:blobContainers.list'],
    [{ provider: 'gcp' as const, service: 'storage', operation: 'storage.buckets.getIamPolicy' }, 'gcp:storage:buckets.getIamPolicy'],
    [{ provider: 'gcp' as const, service: 'cloudresourcemanagerV1', operation: 'cloudresourcemanager.projects.getIamPolicy' }, 'gcp:cloudresourcemanagerV1:projects.getIamPolicy'],
    [{ provider: 'gcp' as const, service: 'sqladmin', operation: 'sql.instances.list' }, 'gcp:sqladmin:instances.list'],
    // Only a leading repeat of the API is dropped, and only from Google's method ids.
    [{ provider: 'gcp' as const, service: 'iam', operation: 'projects.serviceAccounts.list' }, 'gcp:iam:projects.serviceAccounts.list'],
    [{ provider: 'azure' as const, service: 'subscriptions', operation: 'subscriptions.get' }, 'azure:subscriptions:subscriptions.get'],
  ])('%o -> %s', (call, expected) => {
    expect(sourceOf(call)).toBe(expected);
  });
});

describe('evidenceSources', () => {
  it.each<[string, string[], string[]]>([
    ['a config path names its aspect\'s operation', ['config.acl.Grants[0].Permission'], [ACL]],
    ['paths on the same aspect name it once; order is sorted, not by evidence', ['config.policy.Statement', 'config.acl', 'config.policy#sid'], [ACL, POLICY]],
    ['a gap with provenance names the failed call', ['config.versioning'], ['aws:s3:GetBucketVersioning']],
    ['an aspect without provenance adds nothing', ['config.logging'], []],
    ['a whole-config path names every aspect', ['config'], [ACL, POLICY, 'aws:s3:GetBucketVersioning', LIST].sort()],
    ['a derived facet names every aspect it may rest on', ['facets.publicRead'], [ACL, POLICY, 'aws:s3:GetBucketVersioning', LIST].sort()],
    ['paths of other forms add nothing', ['something.else', 'AWS::S3::Bucket[]'], []],
    ['no evidence, no sources', [], []],
  ])('%s', (_name, paths, expected) => {
    expect(evidenceSources(bucket(), verdict(...paths))).toEqual(expected);
  });

  it('a facet that is a gap names the call it failed on', () => {
    const gap = deniedGap('s3', 'GetBucketVersioning');
    // As after a store round trip: equal, not the same object.
    const a = bucket({ gaps: { versioning: gap, 'facets.versioning': { ...gap } } });
    expect(evidenceSources(a, verdict('facets.versioning'))).toEqual(['aws:s3:GetBucketVersioning']);
  });

  it('a facet gap of Parapet\'s own (not collected) names every aspect', () => {
    const a = bucket({ gaps: { 'facets.versioning': { ...deniedGap('parapet', 'collect'), code: 'NotCollected' } } });
    expect(evidenceSources(a, verdict('facets.versioning'))).toHaveLength(4);
  });

  it('an asset stored before provenance existed gives no sources', () => {
    const { provenance: _p, ...old } = bucket();
    expect(evidenceSources({ ...old, gaps: {} }, verdict('config.acl', 'facets.publicRead'))).toEqual([]);
  });

  it('IaC assets name file:line, snapshots their file, whatever the paths', () => {
    const iac = bucket({ source: { type: 'iac', file: 'main.tf', line: 12, address: 'aws_s3_bucket.b' }, provenance: {} });
    expect(evidenceSources(iac, verdict('config.acl', 'facets.publicRead'))).toEqual(['main.tf:12']);
    expect(evidenceSources(iac, verdict())).toEqual(['main.tf:12']);
    const snap = bucket({ source: { type: 'snapshot', file: 'estate.json' } });
    expect(evidenceSources(snap, verdict('config.acl'))).toEqual(['estate.json']);
  });

  describe('paths on other assets', () => {
    const recorder: Asset = {
      ...awsAsset({ type: 'AWS::Config::ConfigurationRecorder', id: 'arn:aws:config:us-east-1:1:configuration-recorder/default', config: { recorder: {}, status: {} } }),
      provenance: { recorder: 'aws:config:DescribeConfigurationRecorders', status: 'aws:config:DescribeConfigurationRecorderStatus' },
    };
    const guard: Asset = { ...awsAsset({ type: 'AWS::S3::AccountPublicAccessBlock', config: { publicAccessBlock: {} } }), provenance: { publicAccessBlock: 'aws:s3control:GetPublicAccessBlock' } };
    const resolve = (ref: string) => [recorder, guard].filter((a) => a.id === ref || a.type === ref);

    it.each<[string, string, string[]]>([
      ['<id>#config.<aspect> (an ARN with its own colons)', `${recorder.id}#config.status.recording`, ['aws:config:DescribeConfigurationRecorderStatus']],
      ['<type>:facets.<name>', 'AWS::S3::AccountPublicAccessBlock:facets.guards.IgnorePublicAcls', ['aws:s3control:GetPublicAccessBlock']],
      ['<type>[].<aspect>', 'AWS::Config::ConfigurationRecorder[].recorder.recordingGroup', ['aws:config:DescribeConfigurationRecorders']],
      ['<type>[] alone: all of each asset\'s sources', 'AWS::Config::ConfigurationRecorder[]', ['aws:config:DescribeConfigurationRecorderStatus', 'aws:config:DescribeConfigurationRecorders']],
      ['an unknown ref', 'arn:nowhere#config.x', []],
    ])('%s', (_name, path, expected) => {
      expect(evidenceSources(bucket(), verdict(path), resolve)).toEqual(expected);
    });

    it('without a resolver they add nothing, and own paths still count', () => {
      expect(evidenceSources(bucket(), verdict(`${recorder.id}#config.status`, 'config.acl'))).toEqual([ACL]);
    });
  });
});
