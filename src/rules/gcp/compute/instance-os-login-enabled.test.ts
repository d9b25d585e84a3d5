import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './instance-os-login-enabled.js';
import { deniedVm, gkeNode, meta, vm } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['enabled on the instance', vm({ metadata: meta({ 'enable-oslogin': 'TRUE' }) }), 'pass'],
    ['instance overrides to FALSE', vm({ metadata: meta({ 'enable-oslogin': 'FALSE' }) }), 'fail'],
    ['inherited from the project', vm({ metadata: meta({ foo: 'bar' }) }, { 'enable-oslogin': 'TRUE' }), 'pass'],
    ['instance FALSE overrides project TRUE', vm({ metadata: meta({ 'enable-oslogin': 'false' }) }, { 'enable-oslogin': 'TRUE' }), 'fail'],
    ['set nowhere (default off)', vm({}, {}), 'fail'],
    ['no project metadata at all', vm({}, null), 'fail'],
    ['instance undecided and projects.get denied', vm({}, 'denied'), 'unknown'],
    ['instance decides even when projects.get was denied', vm({ metadata: meta({ 'enable-oslogin': 'TRUE' }) }, 'denied'), 'pass'],
    ['GKE node', vm(gkeNode({ metadata: meta({ 'enable-oslogin': 'FALSE' }) })), 'not_applicable'],
    ['instance listing denied', deniedVm(), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    expect(runRule(rule, asset, fixtureContext([])).status).toBe(status);
  });
});
