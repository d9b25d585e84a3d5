import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './dnssec-key-signing-not-rsasha1.js';
import { signed, zone } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['RSASHA256 key-signing key', zone(signed('rsasha256', 'rsasha1')), 'pass'],
    ['RSASHA1 key-signing key', zone(signed('rsasha1', 'rsasha256')), 'fail'],
    ['DNSSEC off', zone({ dnssecConfig: { state: 'off' } }), 'not_applicable'],
    ['listing denied', zone(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
