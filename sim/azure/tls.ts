/**
 * The simulator's TLS identity: a self-signed certificate made at start for 127.0.0.1 and localhost. The
 * Azure SDK refuses to send bearer tokens over plain HTTP, so the simulator speaks HTTPS; clients trust
 * this certificate explicitly (its PEM is the CA they are given), never by turning verification off.
 */
import { generate } from 'selfsigned';

export interface SimCertificate {
  cert: string;
  key: string;
}

export async function makeCertificate(): Promise<SimCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'parapet-azure-simulator' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 30 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }, { type: 7, ip: '::1' }] },
    ],
  });
  return { cert: pems.cert, key: pems.private };
}
