import type { DescribeHubResponse } from '@aws-sdk/client-securityhub';
import { fail, MissingData, need, needAll, pass, type Rule } from '../../../core/rule.js';

const HUB_TYPE = 'AWS::SecurityHub::Hub';

export const rule: Rule = {
  id: 'aws.securityhub.enabled-in-region',
  title: 'AWS Security Hub is enabled in every region',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::::Region'],
  lookups: [HUB_TYPE],
  rationale:
    'Security Hub (CSPM) gathers findings from GuardDuty, Inspector, Macie, IAM Access Analyzer and partner tools and checks ' +
    'the account against security standards continuously. It works per region: a region where it is off has no ' +
    'aggregated findings and no continuous checks, which is where forgotten resources and attackers tend to be.',
  remediation: {
    steps: [
      'Enable Security Hub in the region, ideally for the whole organization from the delegated administrator account with central configuration.',
      'Aggregate findings into one home region with a finding aggregator that links all regions.',
    ],
    cli: 'aws securityhub enable-security-hub --enable-default-standards --region <region>',
    terraform: 'resource "aws_securityhub_account" "main" {}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/securityhub-v2-enable.html',
    'https://docs.aws.amazon.com/securityhub/1.0/APIReference/API_DescribeHub.html',
  ],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '4.16' }],
  version: 1,
  evaluate(region, ctx) {
    const hubs = needAll(ctx, HUB_TYPE, { account: region.account, region: region.region });
    // The collector makes one hub asset per region even when Security Hub is off, so none at all means the
    // region was not collected: never a pass, and not proof that it is off either.
    const h = hubs[0];
    if (!h) throw new MissingData(`Security Hub was not collected in ${region.region}`, [{ path: `${HUB_TYPE}[]`, observed: [], expected: 'collected' }]);
    const hub = need<Omit<DescribeHubResponse, '$metadata'> | null>(h, 'hub');
    const ev = [{ path: `${h.id}#config.hub.HubArn`, observed: hub?.HubArn ?? null, expected: 'a hub (subscribed)' }];
    return hub
      ? pass(`Security Hub is enabled in ${region.region} since ${hub.SubscribedAt ?? 'an unknown date'}`, ev)
      : fail(`Security Hub is not enabled in ${region.region} (the account is not subscribed there)`, ev);
  },
};
