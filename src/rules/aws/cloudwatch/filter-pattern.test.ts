import { describe, expect, it } from 'vitest';
import { matchesEvent, parseFilterPattern } from './filter-pattern.js';

function matches(pattern: string, event: unknown): boolean {
  const r = parseFilterPattern(pattern);
  if (!r.ok) throw new Error(r.error);
  return matchesEvent(r.expr, event);
}

describe('parseFilterPattern / matchesEvent', () => {
  const denied = { errorCode: 'AccessDenied', sourceIPAddress: '203.0.113.10', eventName: 'GetObject' };

  it.each([
    ['bare value', '{ $.eventName = CreateTrail }', { eventName: 'CreateTrail' }, true],
    ['quoted value', '{ $.eventName = "CreateTrail" }', { eventName: 'CreateTrail' }, true],
    ['no spaces', '{($.eventName=CreateTrail)||($.eventName=DeleteTrail)}', { eventName: 'DeleteTrail' }, true],
    ['case-sensitive value', '{ $.eventName = createtrail }', { eventName: 'CreateTrail' }, false],
    ['suffix wildcard', '{ $.errorCode = "AccessDenied*" }', { errorCode: 'AccessDeniedException' }, true],
    ['prefix wildcard', '{ $.errorCode = "*UnauthorizedOperation" }', { errorCode: 'Client.UnauthorizedOperation' }, true],
    ['wildcard does not match other text', '{ $.errorCode = "AccessDenied*" }', { errorCode: 'NoSuchKey' }, false],
    ['!= on a present field', '{ $.eventName != HeadBucket }', { eventName: 'GetObject' }, true],
    ['!= on a missing field does not match', '{ $.eventName != HeadBucket }', {}, false],
    ['= on a missing field', '{ $.errorCode = "*" }', { eventName: 'x' }, false],
    ['nested selector', '{ $.userIdentity.type = Root }', { userIdentity: { type: 'Root' } }, true],
    ['array index', '{ $.resources[0].type = "AWS::KMS::Key" }', { resources: [{ type: 'AWS::KMS::Key' }] }, true],
    ['NOT EXISTS on a missing field', '{ $.userIdentity.invokedBy NOT EXISTS }', { userIdentity: {} }, true],
    ['NOT EXISTS on a present field', '{ $.userIdentity.invokedBy NOT EXISTS }', { userIdentity: { invokedBy: 'AWS Internal' } }, false],
    ['IS NULL', '{ $.responseElements IS NULL }', { responseElements: null }, true],
    ['IS TRUE', '{ $.readOnly IS TRUE }', { readOnly: false }, false],
    ['numeric comparison', '{ $.bytes >= 1000 }', { bytes: 1500 }, true],
    ['regular expression', '{ $.eventName = %^(Create|Delete)Trail$% }', { eventName: 'DeleteTrail' }, true],
    ['bare value with a space', '{ ($.errorMessage = Failed authentication) }', { errorMessage: 'Failed authentication' }, true],
    ['escaped quote in a value', '{ $.msg = "say \\"hi\\"" }', { msg: 'say "hi"' }, true],
    ['&& binds tighter than ||', '{ $.a = 1 || $.b = 2 && $.c = 3 }', { a: '1', b: '9', c: '9' }, true],
    ['CIS 4.1 matches AccessDenied', '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.sourceIPAddress != "delivery.logs.amazonaws.com") && ($.eventName != "HeadBucket") }', denied, true],
    ['CIS 4.1 excludes HeadBucket', '{ ($.errorCode = "*UnauthorizedOperation") || ($.errorCode = "AccessDenied*") && ($.eventName != "HeadBucket") }', { ...denied, eventName: 'HeadBucket' }, false],
  ])('%s', (_name, pattern, event, expected) => {
    expect(matches(pattern, event)).toBe(expected);
  });

  it.each([
    ['term pattern', 'ERROR ConsoleLogin', 'not a JSON filter pattern'],
    ['missing operator', '{ $.eventName CreateTrail }', 'expected an operator'],
    ['unbalanced parenthesis', '{ ($.eventName = CreateTrail }', 'missing )'],
    ['unterminated string', '{ $.eventName = "CreateTrail }', 'unterminated string'],
    ['no selector', '{ eventName = CreateTrail }', 'expected a $. selector'],
  ])('rejects a %s', (_name, pattern, message) => {
    const r = parseFilterPattern(pattern);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain(message);
  });
});
