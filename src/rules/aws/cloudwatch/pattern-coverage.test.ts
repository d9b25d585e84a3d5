import { describe, expect, it } from 'vitest';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { patternCovers } from './pattern-coverage.js';

describe('patternCovers', () => {
  it.each(Object.entries(CIS_MONITORING))('the benchmark pattern covers %s', (_key, control) => {
    expect(patternCovers(control.pattern, control)).toEqual({ covers: true });
  });

  // A failed password sign-in never reaches MFA, so the 4.2 filter really does fire on every 4.6 event.
  const realOverlaps = new Set(['consoleSigninWithoutMfa>consoleAuthFailures']);

  it.each(Object.entries(CIS_MONITORING))('the benchmark pattern of %s covers no other control', (key, control) => {
    for (const [otherKey, other] of Object.entries(CIS_MONITORING)) {
      if (otherKey === key) continue;
      const expected = realOverlaps.has(`${key}>${otherKey}`);
      expect(patternCovers(control.pattern, other).covers, `${key} vs ${otherKey}`).toBe(expected);
    }
  });

  it.each([
    ['unquoted values (as CLI examples print them)', CIS_MONITORING.rootUsage, '{ $.userIdentity.type = Root && $.userIdentity.invokedBy NOT EXISTS && $.eventType != AwsServiceEvent }'],
    ['the SSO-tolerant 4.2 variant', CIS_MONITORING.consoleSigninWithoutMfa, '{ ($.eventName = ConsoleLogin) && ($.additionalEventData.MFAUsed != Yes) && ($.userIdentity.type = IAMUser) && ($.responseElements.ConsoleLogin = Success) }'],
    ['the 4.13 audit variant with eventSource', CIS_MONITORING.routeTableChanges, '{($.eventSource = ec2.amazonaws.com) && ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }'],
    ['4.14 without the retired ClassicLink calls', CIS_MONITORING.vpcChanges, '{ ($.eventName = CreateVpc) || ($.eventName = DeleteVpc) || ($.eventName = ModifyVpcAttribute) || ($.eventName = AcceptVpcPeeringConnection) || ($.eventName = CreateVpcPeeringConnection) || ($.eventName = DeleteVpcPeeringConnection) || ($.eventName = RejectVpcPeeringConnection) }'],
    ['a regular expression over event names', CIS_MONITORING.cloudtrailChanges, '{ $.eventName = %^(CreateTrail|UpdateTrail|DeleteTrail|StartLogging|StopLogging)$% }'],
    ['clauses in another order', CIS_MONITORING.configChanges, '{ (($.eventName=PutConfigurationRecorder)||($.eventName=PutDeliveryChannel)||($.eventName=DeleteDeliveryChannel)||($.eventName=StopConfigurationRecorder)) && ($.eventSource = config.amazonaws.com) }'],
  ])('accepts %s', (_name, control, pattern) => {
    expect(patternCovers(pattern, control)).toEqual({ covers: true });
  });

  it.each([
    ['a missing event name', CIS_MONITORING.securityGroupChanges, '{ ($.eventName = AuthorizeSecurityGroupIngress) || ($.eventName = RevokeSecurityGroupIngress) }', 'AuthorizeSecurityGroupEgress'],
    ['a filter narrowed to one caller type', CIS_MONITORING.iamPolicyChanges, `{ (${['DeleteGroupPolicy', 'DeleteRolePolicy', 'DeleteUserPolicy', 'PutGroupPolicy', 'PutRolePolicy', 'PutUserPolicy', 'CreatePolicy', 'DeletePolicy', 'CreatePolicyVersion', 'DeletePolicyVersion', 'AttachRolePolicy', 'DetachRolePolicy', 'AttachUserPolicy', 'DetachUserPolicy', 'AttachGroupPolicy', 'DetachGroupPolicy'].map((n) => `$.eventName = ${n}`).join(' || ')}) && $.userIdentity.type = IAMUser }`, 'by AssumedRole'],
    ['a filter matching everything', CIS_MONITORING.rootUsage, '{ $.eventVersion = * }', 'routine activity'],
    ['an empty pattern', CIS_MONITORING.rootUsage, '', 'empty'],
    ['a term pattern', CIS_MONITORING.consoleAuthFailures, '"Failed authentication"', 'cannot be read'],
    ['4.1 with only one error code', CIS_MONITORING.unauthorizedApiCalls, '{ $.errorCode = "AccessDenied*" }', 'UnauthorizedOperation'],
  ])('rejects %s', (_name, control, pattern, reason) => {
    const c = patternCovers(pattern, control);
    expect(c.covers).toBe(false);
    if (!c.covers) expect(c.reason).toContain(reason);
  });
});
