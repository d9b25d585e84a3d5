import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../test/support/assets.js';
import { AspectSources } from './aspect-sources.js';

const LIST = 'aws:ec2:DescribeInstances';
const ATTR = 'aws:ec2:DescribeInstanceAttribute';

/** A tracker that has seen one listing page (two reservations) and one attribute call. */
function tracker() {
  const s = new AspectSources();
  const page = { Reservations: [{ Instances: [{ InstanceId: 'i-1', Tags: [{ Key: 'k' }] }] }, { Instances: [{ InstanceId: 'i-2' }] }] };
  const attr = { UserData: { Value: 'x' } };
  s.began(LIST, true);
  s.saw(LIST, page);
  s.began(ATTR);
  s.saw(ATTR, attr);
  return { s, page, attr, instance: page.Reservations[0]!.Instances[0]!, asset: awsAsset({ type: 'AWS::EC2::Instance' }) };
}

describe('AspectSources', () => {
  it('a result that names its call wins over anything remembered', () => {
    const { s, instance, asset } = tracker();
    s.put(asset, 'instance', { ok: true, value: instance, source: 'aws:ec2:Other' }, instance);
    expect(asset.provenance).toEqual({ instance: 'aws:ec2:Other' });
  });

  it('a hand-made result of a listed item (two levels down) names the listing; of part of a call, the call', () => {
    const { s, instance, attr, asset } = tracker();
    s.put(asset, 'instance', { ok: true, value: instance }, instance);
    s.put(asset, 'userData', { ok: true, value: attr.UserData }, attr.UserData);
    expect(asset.provenance).toEqual({ instance: LIST, userData: ATTR });
  });

  it('a value built anew from seen parts names their common source; mixed parts or nothing known fall back to the first listing', () => {
    const { s, page, instance, attr } = tracker();
    expect(s.sourceFor({ ...instance, Extra: 'normalized' })).toBe(LIST);
    expect(s.sourceFor(page.Reservations.map((r) => r.Instances[0]))).toBe(LIST);
    expect(s.sourceFor([instance, attr.UserData])).toBe(LIST);
    expect(s.sourceFor([attr.UserData])).toBe(ATTR);
    expect(s.sourceFor(null)).toBe(LIST);
    expect(s.sourceFor({ fresh: true })).toBe(LIST);
  });

  it('without a listing, the first call started is the fallback', () => {
    const s = new AspectSources();
    s.began('aws:ec2:GetEbsEncryptionByDefault');
    s.began('aws:ec2:GetEbsDefaultKmsKeyId');
    s.saw('aws:ec2:GetEbsDefaultKmsKeyId', {});
    expect(s.sourceFor(false)).toBe('aws:ec2:GetEbsEncryptionByDefault');
  });

  it('a gap names its failed call', () => {
    const { s, asset } = tracker();
    s.put(asset, 'userData', { ok: false, error: deniedGap('ec2', 'DescribeInstanceAttribute') }, undefined);
    expect(asset.provenance).toEqual({ userData: ATTR });
  });

  it('complete: direct config assignments and hand-made gaps get sources; recorded ones and facet gaps are left alone', () => {
    const { s, instance, attr, asset } = tracker();
    s.put(asset, 'instance', { ok: true, value: instance, source: 'aws:ec2:Kept' }, instance);
    asset.config.instance = instance;
    asset.config.userData = attr.UserData;
    asset.config.region = 'us-east-1';
    asset.gaps.credentials = deniedGap('iam', 'GetCredentialReport');
    asset.gaps['facets.publicIps'] = deniedGap('ec2', 'DescribeInstances');
    expect(s.complete(asset).provenance).toEqual({ instance: 'aws:ec2:Kept', userData: ATTR, region: LIST, credentials: 'aws:iam:GetCredentialReport' });
  });

  it('a stored aspect copied to another asset keeps its source', () => {
    const { s, asset } = tracker();
    const stored = { plain: 'copy' };
    s.put(asset, 'blobService', { ok: true, value: {}, source: 'azure:storage:blobServices.getServiceProperties' }, stored);
    const container = awsAsset({ type: 'T', config: { blobService: stored } });
    expect(s.complete(container).provenance).toEqual({ blobService: 'azure:storage:blobServices.getServiceProperties' });
  });

  it('IaC assets are left alone', () => {
    const { s } = tracker();
    const iac = { ...awsAsset({ type: 'T', config: { x: 1 } }), source: { type: 'iac' as const, file: 'main.tf', line: 1, address: 'a.b' } };
    expect(s.complete(iac).provenance).toBeUndefined();
  });
});
