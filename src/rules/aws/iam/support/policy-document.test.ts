import { describe, expect, it } from 'vitest';
import { coversAllOfService, fullAdminGrants, isEveryAction, listOf, serviceWildcardActions, statementsOf, wildcardMatch } from './policy-document.js';

describe('policy document reading', () => {
  it('takes Statement as an object or an array', () => {
    expect(statementsOf({ Statement: { Effect: 'Allow' } })).toHaveLength(1);
    expect(statementsOf({ Statement: [{ Effect: 'Allow' }, { Effect: 'Deny' }] })).toHaveLength(2);
    expect(statementsOf({ Version: '2012-10-17' })).toEqual([]);
    expect(statementsOf('not a document')).toBeUndefined();
  });

  it('takes elements as a string or a list', () => {
    expect(listOf('s3:GetObject')).toEqual(['s3:GetObject']);
    expect(listOf(['a', 'b'])).toEqual(['a', 'b']);
    expect(listOf(undefined)).toEqual([]);
  });

  it('matches IAM wildcards case-insensitively', () => {
    expect(wildcardMatch('s3:Get*', 's3:getobject')).toBe(true);
    expect(wildcardMatch('s3:Get?bject', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:Put*', 's3:GetObject')).toBe(false);
    expect(wildcardMatch('s3.*', 's3:GetObject')).toBe(false); // a dot is literal
  });

  it('knows every-action patterns and whole-service coverage', () => {
    expect(['*', '*:*'].every(isEveryAction)).toBe(true);
    expect(isEveryAction('s3:*')).toBe(false);
    expect(coversAllOfService('iam:*', 'iam')).toBe(true);
    expect(coversAllOfService('i*', 'iam')).toBe(true);
    expect(coversAllOfService('iam:Create*', 'iam')).toBe(false);
    expect(coversAllOfService('s3:*', 'iam')).toBe(false);
  });

  it('reports where a full-admin grant is', () => {
    const grants = fullAdminGrants({ Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }, { Sid: 'All', Effect: 'Allow', Action: '*', Resource: '*' }] });
    expect(grants).toEqual([{ index: 1, sid: 'All', form: 'Action', conditional: false }]);
  });

  it('finds service:* actions only in Allow statements', () => {
    expect(serviceWildcardActions({ Statement: [{ Effect: 'Allow', Action: ['s3:*', 'ec2:Describe*', '*'] }, { Effect: 'Deny', Action: 'iam:*' }] })).toEqual([{ index: 0, action: 's3:*' }]);
  });
});
