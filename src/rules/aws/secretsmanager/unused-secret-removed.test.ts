import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { daysBefore, deniedSecret, secretAsset } from './support/fixtures.js';
import { rule } from './unused-secret-removed.js';

describe(rule.id, () => {
  it.each([
    ['read yesterday', { LastAccessedDate: daysBefore(1) }, 'pass', 'LastAccessedDate'],
    ['read 90 days ago (the limit)', { LastAccessedDate: daysBefore(90) }, 'pass', 'LastAccessedDate'],
    ['read 91 days ago', { LastAccessedDate: daysBefore(91) }, 'fail', 'LastAccessedDate'],
    ['never read, created 400 days ago', {}, 'fail', 'CreatedDate'],
    ['never read, created last week', { CreatedDate: daysBefore(7) }, 'pass', 'CreatedDate'],
  ])('%s -> %s', (_name, secret, status, field) => {
    const v = runRule(rule, secretAsset(secret), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe(`config.secret.${field}`);
  });

  it('accepts dates as Date objects (fresh from the SDK) or strings (from storage)', () => {
    expect(runRule(rule, secretAsset({ LastAccessedDate: new Date(daysBefore(200)) }), fixtureContext([])).status).toBe('fail');
  });

  it('is unknown without any date or when the secret could not be collected', () => {
    expect(runRule(rule, secretAsset({ CreatedDate: undefined }), fixtureContext([])).status).toBe('unknown');
    expect(runRule(rule, deniedSecret(), fixtureContext([])).status).toBe('unknown');
  });
});
