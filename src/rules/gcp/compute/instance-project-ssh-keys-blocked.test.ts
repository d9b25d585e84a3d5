import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-project-ssh-keys-blocked.js';
import { deniedVm, meta, vm } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['blocked (TRUE)', vm({ metadata: meta({ 'block-project-ssh-keys': 'TRUE' }) }), 'pass'],
    ['blocked (true)', vm({ metadata: meta({ 'block-project-ssh-keys': 'true' }) }), 'pass'],
    ['OS Login on instead', vm({ metadata: meta({ 'enable-oslogin': 'TRUE' }) }), 'pass'],
    ['OS Login on project-wide', vm({ metadata: {} }, { 'enable-oslogin': 'TRUE' }), 'pass'],
    ['OS Login on project-wide but off on the instance', vm({ metadata: meta({ 'enable-oslogin': 'FALSE' }) }, { 'enable-oslogin': 'TRUE' }), 'fail'],
    ['not blocked and projects.get denied', vm({ metadata: {} }, 'denied'), 'unknown'],
    ['explicitly not blocked', vm({ metadata: meta({ 'block-project-ssh-keys': 'false' }) }), 'fail'],
    ['not set (default: not blocked)', vm({ metadata: {} }), 'fail'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
