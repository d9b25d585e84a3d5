import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { renderReport, writeReport } from './index.js';
import { sampleReport, syntheticFindings } from './sample.js';
import { pipeChunks } from './write.js';

/** A slow stream with a tiny buffer: every write completes on a later turn. */
class Slow extends Writable {
  text = '';
  writes = 0;
  constructor() {
    super({ highWaterMark: 256, decodeStrings: false });
  }
  override _write(chunk: string | Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.writes++;
    this.text += chunk.toString();
    setImmediate(cb);
  }
}

describe('writing reports to streams', () => {
  it('waits for drain and writes everything in order', async () => {
    const out = new Slow();
    const report = () => sampleReport({ findings: syntheticFindings(3000) });
    await writeReport('csv', report(), out);
    expect(out.writes).toBeGreaterThan(1);
    expect(out.text).toBe(await renderReport('csv', report()));
    expect(out.writableEnded).toBe(false);
  });

  it('rejects when the stream fails', async () => {
    const out = new Writable({
      write(_c, _e, cb) {
        cb(new Error('EPIPE'));
      },
    });
    await expect(writeReport('json', sampleReport({ findings: syntheticFindings(20_000) }), out)).rejects.toThrow('EPIPE');
  });

  it('rejects when the stream closes before the end', async () => {
    const out = new Writable({
      highWaterMark: 1,
      write(_c, _e, _cb) {
        // never completes
        setImmediate(() => out.destroy());
      },
    });
    async function* many() {
      for (let i = 0; i < 100; i++) yield 'x'.repeat(70_000);
    }
    await expect(pipeChunks(many(), out)).rejects.toThrow();
  });

  it('colors a TTY stream unless NO_COLOR is set', async () => {
    const run = async (env: string | undefined) => {
      const saved = process.env.NO_COLOR;
      if (env === undefined) delete process.env.NO_COLOR;
      else process.env.NO_COLOR = env;
      try {
        const out = Object.assign(new Slow(), { isTTY: true, columns: 100 });
        await writeReport('table', sampleReport(), out);
        return out.text;
      } finally {
        if (saved === undefined) delete process.env.NO_COLOR;
        else process.env.NO_COLOR = saved;
      }
    };
    // eslint-disable-next-line no-control-regex
    const ansi = /\u001b\[/;
    expect(await run(undefined)).toMatch(ansi);
    expect(await run('1')).not.toMatch(ansi);
  });
});
