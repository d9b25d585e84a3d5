import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { rule as cloudshell } from '../../../../rules/aws/iam/no-cloudshell-full-access.js';
import { groupsCollector } from './groups.js';
import { ACCOUNT, iamEstate } from './test-estate.js';

describe('aws.iam.groups', () => {
  it('collects groups with decoded inline policies and attachments', async () => {
    const { assets, errors } = await collectFrom(
      iamEstate({
        groups: [
          { GroupName: 'admins', AttachedManagedPolicies: ['arn:aws:iam::aws:policy/AdministratorAccess', 'arn:aws:iam::aws:policy/AWSCloudShellFullAccess'] },
          { GroupName: 'readers', GroupPolicyList: [{ PolicyName: 'read', PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:Get*","Resource":"*"}]}' }] },
        ],
      }),
      groupsCollector,
    );
    expect(errors).toEqual([]);
    expect(assets[1]).toMatchObject({ id: `arn:aws:iam::${ACCOUNT}:group/readers`, type: 'AWS::IAM::Group', kind: 'identity.group', config: { details: { GroupPolicyList: [{ PolicyDocument: { Statement: [{ Action: 's3:Get*' }] } }] } } });
    expect(runRule(cloudshell, assets[0]!, fixtureContext(assets)).status).toBe('fail');
    expect(runRule(cloudshell, assets[1]!, fixtureContext(assets)).status).toBe('pass');
  });

  it('lists every group across pages and fails the listing when denied', async () => {
    const groups = Array.from({ length: 1001 }, (_, i) => ({ GroupName: `g-${i}` }));
    const ok = await collectFrom(iamEstate({ groups }), groupsCollector);
    expect(new Set(ok.assets.map((a) => a.id)).size).toBe(1001);
    const denied = await collectFrom(iamEstate({ groups }), groupsCollector, { faults: [{ service: 'iam', operation: 'GetAccountAuthorizationDetails', effect: 'deny' }] });
    expect(denied.coverage[0]).toMatchObject({ ok: false, error: { operation: 'GetAccountAuthorizationDetails', code: 'AccessDenied' } });
  });
});
