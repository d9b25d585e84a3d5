import type { Asset } from '../../../../core/asset.js';
import { fail, pass } from '../../../../core/rule.js';
import type { Verdict } from '../../../../core/verdict.js';
import { exposedPorts, exposureEvidence, listPorts, needSecurityGroup, SG_ASPECT, worldIngress } from './security-group.js';

export interface PortExposureCheck {
  /** Which internet-wide sources count: 0.0.0.0/0, ::/0 or both. */
  families: ReadonlyArray<'ipv4' | 'ipv6'>;
  ports: readonly number[];
  /** Protocols whose rules open the ports; rules for all protocols (-1) always count. */
  protocols: ReadonlyArray<'tcp' | 'udp'>;
  /** Human name of the ports for reasons: "remote administration ports (22, 3389)". */
  label: string;
}

/**
 * The verdict shared by the "no internet ingress to these ports" rules: fail naming every offending grant,
 * pass with the inspected rule count otherwise.
 */
export function evaluatePortExposure(asset: Asset, check: PortExposureCheck): Verdict {
  const sg = needSecurityGroup(asset);
  const sources = check.families.map((f) => (f === 'ipv4' ? '0.0.0.0/0' : '::/0')).join(' or ');
  const grants = worldIngress(sg.IpPermissions).filter((g) => check.families.includes(g.family));
  const exposures = exposedPorts(grants, check.ports, check.protocols);
  const expected = `no ingress from ${sources} to ${check.label}`;
  if (exposures.length) {
    const ports = [...new Set(exposures.flatMap((e) => e.ports))].sort((a, b) => a - b);
    return fail(
      `Security group ${sg.GroupId ?? asset.name} allows ingress from ${sources} to ${check.label}: port${ports.length > 1 ? 's' : ''} ${listPorts(ports)}`,
      exposures.map((e) => exposureEvidence(e, expected)),
    );
  }
  return pass(`No inbound rule of ${sg.GroupId ?? asset.name} opens ${check.label} to ${sources}`, [
    { path: `config.${SG_ASPECT}.IpPermissions`, observed: { rules: sg.IpPermissions.length, worldOpen: grants.length }, expected },
  ]);
}
