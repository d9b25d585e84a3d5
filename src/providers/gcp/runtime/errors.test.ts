import { describe, expect, it } from 'vitest';
import { classifyGcp } from './errors.js';

/** A GaxiosError-like failure with Google's error JSON. */
const google = (status: number, statusName: string, reason?: string) => Object.assign(new Error(`HTTP ${status}`), { status, response: { status, data: { error: { code: status, message: `m-${statusName}`, status: statusName, errors: reason ? [{ reason, domain: 'global', message: 'x' }] : [] } } } });

describe('classifyGcp', () => {
  it.each([
    [google(429, 'RESOURCE_EXHAUSTED', 'rateLimitExceeded'), 'rateLimitExceeded', 'throttle'],
    // Compute answers rate limits with 403 rateLimitExceeded.
    [google(403, 'PERMISSION_DENIED', 'rateLimitExceeded'), 'rateLimitExceeded', 'throttle'],
    [google(429, 'RESOURCE_EXHAUSTED'), 'RESOURCE_EXHAUSTED', 'throttle'],
    [google(403, 'PERMISSION_DENIED', 'forbidden'), 'forbidden', 'final'],
    [google(404, 'NOT_FOUND', 'notFound'), 'notFound', 'final'],
    [google(500, 'INTERNAL', 'backendError'), 'backendError', 'transient'],
    [google(503, 'UNAVAILABLE'), 'UNAVAILABLE', 'transient'],
    [Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }), 'ECONNREFUSED', 'transient'],
    [Object.assign(new Error('The operation was aborted due to timeout'), { name: 'TimeoutError' }), 'TimeoutError', 'timeout'],
  ])('%#: code %s, kind %s', (e, code, kind) => {
    const info = classifyGcp(e);
    expect(info.code).toBe(code);
    expect(info.kind).toBe(kind);
  });

  it('keeps both names for absentOn and the API message', () => {
    const info = classifyGcp(google(404, 'NOT_FOUND', 'notFound'));
    expect(info.names).toEqual(['notFound', 'NOT_FOUND']);
    expect(info.message).toBe('m-NOT_FOUND');
  });

  it('reads OAuth token errors', () => {
    const e = Object.assign(new Error('invalid_grant'), { response: { status: 400, data: { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' } } });
    expect(classifyGcp(e)).toMatchObject({ code: 'invalid_grant', message: 'invalid_grant: Invalid JWT Signature.', kind: 'final' });
  });
});
