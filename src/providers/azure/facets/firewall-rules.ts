/** Azure database firewall rules (start/end IPv4 address pairs). Pure. */

export interface IpRangeRule {
  name?: string;
  startIpAddress?: string;
  endIpAddress?: string;
}

function toNumber(ip: string | undefined): number | undefined {
  const parts = (ip ?? '').split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return undefined;
  return parts.reduce((n, p) => n * 256 + p, 0);
}

/**
 * Whether a rule opens the server to the internet at large: a range of 2^24 addresses or more (a /8), the
 * same line Parapet draws for policy source-IP conditions. 0.0.0.0-0.0.0.0 ("Allow Azure services") is not.
 */
export function isInternetRange(r: IpRangeRule): boolean {
  const start = toNumber(r.startIpAddress);
  const end = toNumber(r.endIpAddress);
  if (start === undefined || end === undefined) return false;
  return end - start + 1 >= 2 ** 24;
}
