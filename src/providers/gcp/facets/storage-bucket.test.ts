import { describe, expect, it } from 'vitest';
import { derive, withGap } from '../../../../test/support/facet-fixtures.js';
import { firewall, gcsBucket, publicBinding } from '../../../../test/support/native-gcp.js';

describe('GCS bucket facets', () => {
  it('allUsers binding makes the bucket public while prevention is inherited', () => {
    const f = derive(gcsBucket({ iamPolicy: publicBinding('roles/storage.objectViewer') })).facets;
    expect(f).toMatchObject({ publicRead: true, publicWrite: false });
  });

  it('enforced public access prevention voids public bindings, read and write', () => {
    const f = derive(gcsBucket({ bucket: { iamConfiguration: { publicAccessPrevention: 'enforced' } }, iamPolicy: publicBinding('roles/storage.admin') })).facets;
    expect(f).toMatchObject({ publicRead: false, publicWrite: false });
  });

  it('enforced prevention settles it even when the IAM policy could not be read', () => {
    const a = derive(withGap(gcsBucket({ bucket: { iamConfiguration: { publicAccessPrevention: 'enforced' } } }), 'iamPolicy'));
    expect(a.facets.publicRead).toBe(false);
  });

  it('a denied IAM policy is a gap when prevention is not enforced', () => {
    const a = derive(withGap(gcsBucket(), 'iamPolicy'));
    expect(a.facets.publicRead).toBeUndefined();
    expect(a.gaps['facets.publicRead']?.code).toBe('AccessDenied');
  });

  it('allAuthenticatedUsers with a write role is public write', () => {
    expect(derive(gcsBucket({ iamPolicy: publicBinding('roles/storage.objectUser', 'allAuthenticatedUsers') })).facets.publicWrite).toBe(true);
  });
});

describe('GCP firewall facets', () => {
  it('one entry per clause, default priority 1000, ports parsed', () => {
    const f = derive(firewall({ priority: undefined, sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22', '8000-8080'] }, { IPProtocol: 'icmp' }] })).facets;
    expect(f.entries).toEqual([
      { direction: 'ingress', action: 'allow', protocol: 'tcp', ports: [{ from: 22, to: 22 }, { from: 8000, to: 8080 }], peers: ['0.0.0.0/0'], priority: 1000, ref: 'fw1.allowed[0]' },
      { direction: 'ingress', action: 'allow', protocol: 'icmp', ports: [], peers: ['0.0.0.0/0'], priority: 1000, ref: 'fw1.allowed[1]' },
    ]);
    expect(f.disabled).toBe(false);
  });

  it('source tags are peers, not the internet', () => {
    expect(derive(firewall({ sourceTags: ['web'], allowed: [{ IPProtocol: 'tcp' }] })).facets.entries).toMatchObject([{ peers: ['web'] }]);
  });
});
