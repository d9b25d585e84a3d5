import { describe, expect, it } from 'vitest';
import { parseFilter } from './log-filter.js';

const entry = {
  resource: { type: 'gce_firewall_rule', labels: { project_id: 'p' } },
  protoPayload: {
    serviceName: 'compute.googleapis.com',
    methodName: 'v1.compute.firewalls.insert',
    serviceData: { policyDelta: { bindingDeltas: [{ action: 'ADD', role: 'roles/owner', member: 'user:a@example.com' }] } },
  },
};

describe('parseFilter', () => {
  it.each([
    ['resource.type="gce_firewall_rule"', true],
    ['resource.type=gce_firewall_rule AND protoPayload.methodName:"compute.firewalls.insert"', true],
    ['resource.type=gce_route', false],
    ['protoPayload.methodName="compute.firewalls.insert"', false], // = is exact
    ['protoPayload.methodName:COMPUTE.FIREWALLS', true], // : is a case-insensitive substring
    ['resource.type=gce_firewall_rule protoPayload.methodName:insert', true], // implicit AND
    ['NOT resource.type=gce_firewall_rule', false],
    ['-resource.type=gce_route', true],
    ['protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner"', true], // through arrays
    ['protoPayload.serviceData.policyDelta.auditConfigDeltas:*', false],
    ['protoPayload.serviceData:*', true],
    ['firewalls', true], // bare word: global search
    ['protoPayload.methodName=~"^v1\\.compute\\.firewalls\\.(insert|patch)$"', true],
    ['', true],
  ])('%s -> %s', (filter, expected) => {
    expect(parseFilter(filter).matches(entry)).toBe(expected);
  });

  it('gives OR a higher precedence than AND', () => {
    // a AND b OR c  ==  a AND (b OR c)
    expect(parseFilter('resource.type=gce_route AND resource.type=gce_firewall_rule OR resource.type=x').matches(entry)).toBe(false);
    expect(parseFilter('resource.type=gce_firewall_rule AND resource.type=gce_route OR protoPayload.methodName:insert').matches(entry)).toBe(true);
  });

  it('rejects what it cannot read', () => {
    expect(() => parseFilter('LOG_ID("cloudaudit.googleapis.com/activity")')).toThrow(/functions/);
    expect(() => parseFilter('(resource.type=x')).toThrow(/\)/);
    expect(() => parseFilter('resource.type="x')).toThrow(/unterminated/);
  });
});
