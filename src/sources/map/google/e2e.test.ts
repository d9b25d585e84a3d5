import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapContext, verdictOf } from '../../../../test/support/iac.js';
import { loadTerraformRoot } from '../../terraform/load.js';
import { googleMapper } from './index.js';

const HCL = `
provider "google" {
  project = "proj-1"
  region  = "europe-west1"
  zone    = "europe-west1-b"
}

resource "google_storage_bucket" "site" {
  name     = "proj-1-site"
  location = "EU"
}

resource "google_storage_bucket_iam_member" "public" {
  bucket = google_storage_bucket.site.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}

resource "google_storage_bucket" "private" {
  name                        = "proj-1-private"
  location                    = "EU"
  uniform_bucket_level_access = true
  versioning {
    enabled = true
  }
}

resource "google_compute_network" "vpc" {
  name                    = "main"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "ssh" {
  name    = "allow-ssh"
  network = google_compute_network.vpc.id
  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
  source_ranges = ["0.0.0.0/0"]
}

resource "google_kms_key_ring" "ring" {
  name     = "ring"
  location = "europe-west1"
}

resource "google_kms_crypto_key" "norotate" {
  name     = "norotate"
  key_ring = google_kms_key_ring.ring.id
}

resource "google_kms_crypto_key" "rotate" {
  name            = "rotate"
  key_ring        = google_kms_key_ring.ring.id
  rotation_period = "7776000s"
}

data "google_iam_policy" "admins" {
  binding {
    role    = "roles/cloudkms.admin"
    members = ["group:kms@example.com"]
  }
}

resource "google_kms_crypto_key_iam_policy" "p" {
  crypto_key_id = google_kms_crypto_key.rotate.id
  policy_data   = data.google_iam_policy.admins.policy_data
}
`;

describe('end to end with the Terraform loader', () => {
  it('a configuration maps onto the live assets with the expected verdicts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parapet-google-'));
    writeFileSync(join(dir, 'main.tf'), HCL);
    const loaded = loadTerraformRoot(dir);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const ctx = mapContext();
    const assets = googleMapper.map(loaded.resources, ctx);
    const byId = new Map(assets.map((a) => [a.id, a]));
    const site = byId.get('//storage.googleapis.com/projects/_/buckets/proj-1-site')!;
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', site)).toBe('fail');
    const priv = byId.get('//storage.googleapis.com/projects/_/buckets/proj-1-private')!;
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', priv)).toBe('pass');
    const fw = byId.get('//compute.googleapis.com/projects/proj-1/global/firewalls/allow-ssh')!;
    expect(verdictOf('baseline.network.no-ssh-from-internet', fw)).toBe('fail');
    expect((fw.config.firewall as { network: string }).network).toBe('https://www.googleapis.com/compute/v1/projects/proj-1/global/networks/main');
    const base = '//cloudkms.googleapis.com/projects/proj-1/locations/europe-west1/keyRings/ring/cryptoKeys/';
    expect(verdictOf('baseline.crypto.key-rotation-enabled', byId.get(`${base}norotate`)!)).toBe('fail');
    const rot = byId.get(`${base}rotate`)!;
    expect(verdictOf('baseline.crypto.key-rotation-enabled', rot)).toBe('pass');
    expect(rot.config.iamPolicy).toEqual({ version: 1, bindings: [{ role: 'roles/cloudkms.admin', members: ['group:kms@example.com'] }] });
    expect(ctx.diagnostics).toEqual([]);
  });
});
