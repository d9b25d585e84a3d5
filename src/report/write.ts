/** Streaming output: formats yield chunks, `pipeChunks` writes them with backpressure. */

export type Chunks = Iterable<string> | AsyncIterable<string>;

/** Chunks are gathered up to this many characters before a write. */
const BATCH = 64 * 1024;

/**
 * Writes every chunk to `out`, batching small chunks and waiting for `drain` whenever the stream asks to,
 * so output of any size goes out with bounded memory. Rejects on the stream's `error` (EPIPE when the
 * reader went away, a full disk ...). Does not end the stream: stdout stays open, files are the caller's.
 */
export async function pipeChunks(chunks: Chunks, out: NodeJS.WritableStream): Promise<void> {
  let failed: unknown;
  const onError = (e: unknown) => {
    failed ??= e;
  };
  out.on('error', onError);
  try {
    let buf = '';
    const flush = async () => {
      if (failed !== undefined) throw failed;
      if (buf === '') return;
      const more = out.write(buf);
      buf = '';
      if (!more) await drained(out);
      if (failed !== undefined) throw failed;
    };
    for await (const chunk of chunks) {
      buf += chunk;
      if (buf.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    out.off('error', onError);
  }
}

function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
    };
    const onDrain = () => {
      done();
      resolve();
    };
    const onError = (e: unknown) => {
      done();
      reject(e instanceof Error ? e : new Error(String(e)));
    };
    const onClose = () => {
      done();
      reject(new Error('output stream closed before the report was written'));
    };
    out.on('drain', onDrain);
    out.on('error', onError);
    out.on('close', onClose);
  });
}

/** Collects chunks into one string (small reports, tests). */
export async function collect(chunks: Chunks): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

/**
 * JSON text of a value that may hold anything a cloud API returned: bigints become strings, circular
 * references become `"[Circular]"`, `undefined` becomes `null` at the top. Never throws.
 */
export function toJson(value: unknown, indent?: number): string {
  try {
    return JSON.stringify(value === undefined ? null : value, bigintReplacer, indent) ?? 'null';
  } catch {
    const seen = new WeakSet<object>();
    const out = JSON.stringify(
      value === undefined ? null : value,
      (k, v: unknown) => {
        const b = bigintReplacer(k, v);
        if (typeof b === 'object' && b !== null) {
          if (seen.has(b)) return '[Circular]';
          seen.add(b);
        }
        return b;
      },
      indent,
    );
    return out ?? 'null';
  }
}

function bigintReplacer(_key: string, v: unknown): unknown {
  return typeof v === 'bigint' ? v.toString() : v;
}
