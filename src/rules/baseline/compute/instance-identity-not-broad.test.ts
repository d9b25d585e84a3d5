import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { ec2Instance } from '../../../../test/support/native-aws.js';
import { vm } from '../../../../test/support/native-azure.js';
import { CLOUD_PLATFORM, DEFAULT_SA, gceInstance } from '../../../../test/support/native-gcp.js';
import { rule } from './instance-identity-not-broad.js';

runBaselineCases(rule, {
  aws: [
    { name: 'no instance profile', asset: ec2Instance({}), expect: 'pass' },
    { name: 'instance profile attached: judged by IAM rules', asset: ec2Instance({ IamInstanceProfile: { Arn: 'arn:aws:iam::111122223333:instance-profile/app' } }), expect: 'not_applicable' },
    { name: 'not collected', asset: withGap(ec2Instance({}), 'instance'), expect: 'unknown' },
  ],
  azure: [
    { name: 'no managed identity', asset: vm({ identity: { type: 'None' } }), expect: 'pass' },
    { name: 'system-assigned identity: judged by role assignments', asset: vm({ identity: { type: 'SystemAssigned' } }), expect: 'not_applicable' },
    { name: 'not collected', asset: withGap(vm({}), 'vm'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'dedicated service account with cloud-platform', asset: gceInstance({ serviceAccounts: [{ email: 'app@p.iam.gserviceaccount.com', scopes: [CLOUD_PLATFORM] }] }), expect: 'pass' },
    { name: 'default service account with limited scopes', asset: gceInstance({ serviceAccounts: [{ email: DEFAULT_SA, scopes: ['https://www.googleapis.com/auth/devstorage.read_only'] }] }), expect: 'pass' },
    { name: 'default service account with cloud-platform', asset: gceInstance({ serviceAccounts: [{ email: DEFAULT_SA, scopes: [CLOUD_PLATFORM] }] }), expect: 'fail' },
    { name: 'not collected', asset: withGap(gceInstance({}), 'instance'), expect: 'unknown' },
  ],
});
