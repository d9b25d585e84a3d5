import { fail, pass, type Rule } from '../../../core/rule.js';
import { destinationOf, logsEnabled } from '../support/diagnostics.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { SUBSCRIPTION_TYPE } from '../support/subscription.js';
import { ACTIVITY_LOG_CLI, ACTIVITY_LOG_REFS, ACTIVITY_LOG_TF, activityLogSettings, anySettingQualifies, DIAGNOSTIC_SETTING_TYPE, settingOf } from './support/activity-log.js';

/** The activity-log categories CIS requires to be exported. */
const REQUIRED = ['Administrative', 'Alert', 'Policy', 'Security'];

export const rule: Rule = {
  id: 'azure.monitor.activity-log-captures-security-categories',
  title: 'An activity-log diagnostic setting exports the Administrative, Alert, Policy and Security categories',
  severity: 'medium',
  providers: ['azure'],
  types: [SUBSCRIPTION_TYPE],
  lookups: [DIAGNOSTIC_SETTING_TYPE],
  rationale: 'These four categories hold resource changes, fired alerts, policy decisions and Defender detections; a setting that leaves one out loses exactly the records an investigation of a control-plane attack needs.',
  remediation: {
    steps: ['Open Monitor > Activity log > Export Activity Logs and edit the diagnostic setting.', 'Tick Administrative, Alert, Policy and Security (and any other category you need).', 'Save.'],
    cli: ACTIVITY_LOG_CLI,
    terraform: ACTIVITY_LOG_TF,
  },
  references: ACTIVITY_LOG_REFS,
  compliance: [cis('7.1.1.2'), mcsb('LT-3'), nist('AU-2'), nist('AU-12')],
  version: 1,
  evaluate(asset, ctx) {
    return anySettingQualifies(
      activityLogSettings(asset, ctx),
      (a) => {
        const setting = settingOf(a);
        const missing = REQUIRED.filter((c) => !logsEnabled(setting, c, ['allLogs']));
        const dest = destinationOf(setting);
        const evidence = [{ path: 'config.setting.logs', observed: { missing, destination: dest }, expected: { missing: [], destination: 'any' } }];
        if (!dest) return fail('no destination', evidence);
        return missing.length ? fail(`lacks ${missing.join(', ')}`, evidence) : pass(`${a.name} exports ${REQUIRED.join(', ')} to ${dest}`, evidence);
      },
      'No single activity-log diagnostic setting exports Administrative, Alert, Policy and Security',
    );
  },
};
