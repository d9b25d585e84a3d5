import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './audit-logging-enabled.js';
import { clusterAsset, deniedCluster } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['audit on', [{ types: ['api', 'audit'], enabled: true }, { types: ['authenticator', 'controllerManager', 'scheduler'], enabled: false }], 'pass'],
    ['everything off (the default)', [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }], 'fail'],
    ['api on, audit off', [{ types: ['api'], enabled: true }, { types: ['audit'], enabled: false }], 'fail'],
  ])('%s -> %s', (_name, clusterLogging, status) => {
    const v = runRule(rule, clusterAsset({ logging: { clusterLogging: clusterLogging as never } }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.cluster.logging.clusterLogging');
  });

  it('is unknown without a logging configuration or when DescribeCluster was denied', () => {
    expect(runRule(rule, clusterAsset({ logging: undefined }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, deniedCluster(), fixtureContext([])).status).toBe('unknown');
  });
});
