import { describe, expect, it } from 'vitest';
import { apiRoot, rootUrlFor } from './apis.js';

describe('GCP API root URLs', () => {
  it('Google default without an endpoint; one root per API under a base URL; {api} templates for private endpoints', () => {
    expect(rootUrlFor(undefined, 'storage')).toBeUndefined();
    expect(rootUrlFor('http://127.0.0.1:8085', 'storage')).toBe('http://127.0.0.1:8085/storage/');
    expect(rootUrlFor('http://127.0.0.1:8085/', 'compute')).toBe('http://127.0.0.1:8085/compute/');
    expect(rootUrlFor('https://{api}-corp.p.googleapis.com/', 'sqladmin')).toBe('https://sqladmin-corp.p.googleapis.com/');
  });

  it('Resource Manager v1 shares the v3 root', () => {
    expect(apiRoot('cloudresourcemanagerV1')).toBe('cloudresourcemanager');
    expect(apiRoot('storage')).toBe('storage');
  });
});
