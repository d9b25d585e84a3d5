import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-access-logging-enabled.js';
import { bucket } from './support/fixtures.js';

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, string]> = [
    ['logging to a target passes', bucket({ logging: { LoggingEnabled: { TargetBucket: 'central-logs', TargetPrefix: 'fixture/' } } }), 'pass'],
    ['no LoggingEnabled fails', bucket({ logging: {} }), 'fail'],
    ['denied GetBucketLogging is unknown', bucket({}, { logging: 'GetBucketLogging' }), 'unknown'],
  ];
  it.each(cases)('%s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});
