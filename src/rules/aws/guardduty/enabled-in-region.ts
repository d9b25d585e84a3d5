import type { GetDetectorResponse } from '@aws-sdk/client-guardduty';
import { fail, need, needAll, pass, type Rule } from '../../../core/rule.js';

const DETECTOR_TYPE = 'AWS::GuardDuty::Detector';

export const rule: Rule = {
  id: 'aws.guardduty.enabled-in-region',
  title: 'GuardDuty is enabled in every region',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::::Region'],
  lookups: [DETECTOR_TYPE],
  rationale:
    'GuardDuty analyses CloudTrail, VPC flow and DNS logs for compromised credentials, crypto-mining and reconnaissance. It works per region, and attackers favour regions nobody watches, so it has to be on everywhere.',
  remediation: {
    steps: ['Enable GuardDuty in the region (ideally for the whole organization from the delegated administrator account, with auto-enable for new accounts).'],
    cli: 'aws guardduty create-detector --enable --region <region>',
    terraform: 'resource "aws_guardduty_detector" "main" {\n  enable = true\n}',
  },
  references: ['https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_settingup.html', 'https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_regions.html'],
  compliance: [{ framework: 'aws-fsbp', control: 'GuardDuty.1' }],
  version: 1,
  evaluate(region, ctx) {
    const detectors = needAll(ctx, DETECTOR_TYPE, { account: region.account, region: region.region });
    if (!detectors.length) return fail(`No GuardDuty detector in ${region.region}`, [{ path: `${DETECTOR_TYPE}[]`, observed: [], expected: 'an enabled detector' }]);
    // An account has at most one detector per region; a suspended one still exists with Status DISABLED.
    const d = detectors[0]!;
    const detector = need<Omit<GetDetectorResponse, '$metadata'> | null>(d, 'detector');
    const ev = [{ path: `${d.id}#config.detector.Status`, observed: detector?.Status ?? null, expected: 'ENABLED' }];
    return detector?.Status === 'ENABLED' ? pass(`Detector ${d.name} is enabled`, ev) : fail(`Detector ${d.name} is ${detector?.Status ?? 'gone'} (suspended)`, ev);
  },
};
