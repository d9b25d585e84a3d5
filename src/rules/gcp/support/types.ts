/** Cloud Asset Inventory types of the GCP assets rules read (see docs/assets-azure-gcp.md). */
export const GCP = {
  project: 'cloudresourcemanager.googleapis.com/Project',
  bucket: 'storage.googleapis.com/Bucket',
  firewall: 'compute.googleapis.com/Firewall',
  network: 'compute.googleapis.com/Network',
  subnetwork: 'compute.googleapis.com/Subnetwork',
  instance: 'compute.googleapis.com/Instance',
  disk: 'compute.googleapis.com/Disk',
  sqlInstance: 'sqladmin.googleapis.com/Instance',
  serviceAccount: 'iam.googleapis.com/ServiceAccount',
  cryptoKey: 'cloudkms.googleapis.com/CryptoKey',
  logSink: 'logging.googleapis.com/LogSink',
  dnsZone: 'dns.googleapis.com/ManagedZone',
  cluster: 'container.googleapis.com/Cluster',
  dataset: 'bigquery.googleapis.com/Dataset',
} as const;
