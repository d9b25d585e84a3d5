import { describe, expect, it } from 'vitest';
import { withTokens } from './pages.js';

describe('withTokens', () => {
  it('puts the side-table token on each page, undefined on the last, keeping the items', async () => {
    const pages = [[1, 2], [3]];
    const side = new Map<unknown, string>([[pages[0], 'next-1']]);
    const out: Array<{ items: number[]; token: string | undefined; own: boolean }> = [];
    for await (const p of withTokens((async function* () { yield* pages; })(), (page) => side.get(page))) {
      out.push({ items: [...p], token: (p as number[] & { continuationToken?: string }).continuationToken, own: Object.prototype.hasOwnProperty.call(p, 'continuationToken') });
    }
    expect(out).toEqual([
      { items: [1, 2], token: 'next-1', own: true },
      { items: [3], token: undefined, own: true },
    ]);
  });
});
