import { describe, expect, it } from 'vitest';
import { seededRng } from '../../rng.js';
import type { AccountSection } from '../account.js';
import { accountGenerator } from './generator.js';

const build = (seed: number) => accountGenerator.build(1, { accountId: '123456789012', region: 'us-east-1', rng: seededRng(seed) }) as { section: AccountSection; assets: number };

describe('Account contacts benchmark generator', () => {
  it('makes one asset per account, about 30% without a security contact', () => {
    expect(JSON.stringify(build(3))).toBe(JSON.stringify(build(3)));
    const accounts = Array.from({ length: 400 }, (_, i) => build(i));
    expect(accounts.every((a) => a.assets === 1 && a.section.alternateContacts?.BILLING)).toBe(true);
    const missing = accounts.filter((a) => !a.section.alternateContacts?.SECURITY).length / accounts.length;
    expect(missing).toBeGreaterThan(0.2);
    expect(missing).toBeLessThan(0.4);
  });
});
