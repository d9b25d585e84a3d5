import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { accountAsset, gap, monitoringPath } from './monitoring-fixtures.js';
import { rule } from './config-changes-monitored.js';

const control = CIS_MONITORING.configChanges;

describe(rule.id, () => {
  it('maps to CIS v5.0.0 ' + control.cis, () => {
    expect(rule.compliance).toContainEqual({ framework: 'cis-aws-foundations-v5.0.0', control: control.cis });
  });

  it.each<[string, string, string]>([
    ['the benchmark pattern', control.pattern, 'pass'],
    ['a filter for another control', CIS_MONITORING.vpcChanges.pattern, 'fail'],
    ["a filter missing PutConfigurationRecorder", "{ ($.eventSource = config.amazonaws.com) && (($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)) }", 'fail'],
    ["the prowler-printed form without spaces", "{($.eventSource=config.amazonaws.com)&&(($.eventName=StopConfigurationRecorder)||($.eventName=DeleteDeliveryChannel)||($.eventName=PutDeliveryChannel)||($.eventName=PutConfigurationRecorder))}", 'pass'],
  ])('%s -> %s', (_name, pattern, status) => {
    const v = runRule(rule, accountAsset(), fixtureContext(monitoringPath({ pattern })));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown when the trail status could not be collected', () => {
    const assets = monitoringPath({ pattern: control.pattern, trailGaps: { status: gap('cloudtrail', 'GetTrailStatus') } });
    expect(runRule(rule, accountAsset(), fixtureContext(assets))).toMatchObject({ status: 'unknown', reason: expect.stringContaining('GetTrailStatus') });
  });
});
