import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './dnssec-enabled.js';
import { signed, zone } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['public zone with DNSSEC', zone(signed('rsasha256', 'rsasha256')), 'pass'],
    ['public zone without DNSSEC', zone({ visibility: 'public', dnssecConfig: { state: 'off' } }), 'fail'],
    ['no visibility, no dnssecConfig (public, off)', zone({}), 'fail'],
    ['DNSSEC in transfer', zone({ dnssecConfig: { state: 'transfer' } }), 'fail'],
    ['private zone', zone({ visibility: 'private' }), 'not_applicable'],
    ['listing denied', zone(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
