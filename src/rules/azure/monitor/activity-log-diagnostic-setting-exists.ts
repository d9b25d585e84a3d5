import { fail, pass, type Rule } from '../../../core/rule.js';
import { destinationOf } from '../support/diagnostics.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { SUBSCRIPTION_TYPE } from '../support/subscription.js';
import { ACTIVITY_LOG_CLI, ACTIVITY_LOG_REFS, ACTIVITY_LOG_TF, activityLogSettings, anySettingQualifies, DIAGNOSTIC_SETTING_TYPE, settingOf } from './support/activity-log.js';

export const rule: Rule = {
  id: 'azure.monitor.activity-log-diagnostic-setting-exists',
  title: 'The subscription exports its activity log through a diagnostic setting',
  severity: 'high',
  providers: ['azure'],
  types: [SUBSCRIPTION_TYPE],
  lookups: [DIAGNOSTIC_SETTING_TYPE],
  rationale: 'The activity log records every control-plane change but Azure keeps it for only 90 days and outside your control; exporting it to a workspace, storage account or event hub keeps the audit trail for investigations and alerting.',
  remediation: {
    steps: ['Open Monitor > Activity log > Export Activity Logs and select the subscription.', 'Add a diagnostic setting that sends the Administrative, Alert, Policy and Security categories to a Log Analytics workspace (or storage account / event hub).', 'Save.'],
    cli: ACTIVITY_LOG_CLI,
    terraform: ACTIVITY_LOG_TF,
  },
  references: ACTIVITY_LOG_REFS,
  compliance: [cis('7.1.1.1'), mcsb('LT-3'), nist('AU-12'), nist('AU-6')],
  version: 1,
  evaluate(asset, ctx) {
    return anySettingQualifies(
      activityLogSettings(asset, ctx),
      (a) => {
        const dest = destinationOf(settingOf(a));
        const evidence = [{ path: 'config.setting', observed: { destination: dest }, expected: 'a workspace, storage account, event hub or partner destination' }];
        return dest ? pass(`The activity log is exported by ${a.name} to ${dest}`, evidence) : fail('no destination', evidence);
      },
      'The subscription has no activity-log diagnostic setting with a destination',
    );
  },
};
