import { createHash, type Hash } from 'node:crypto';
import { open, type FileHandle } from 'node:fs/promises';

/** What a manifest says of one written file. */
export interface WrittenFile {
  name: string;
  sha256: string;
  size: number;
}

/** Characters gathered before a write. */
const BATCH = 256 * 1024;

/**
 * A file written in batches with its sha256 and size taken from the very bytes written, so a package of any size
 * is written (and hashed) with bounded memory and the manifest describes exactly what is on disk.
 */
export class FileSink {
  private buf = '';
  private size = 0;
  private readonly hash: Hash = createHash('sha256');

  private constructor(
    readonly name: string,
    private readonly handle: FileHandle,
  ) {}

  /** Creates (or empties) `path`; `name` is how the manifest lists it. */
  static async create(path: string, name: string): Promise<FileSink> {
    return new FileSink(name, await open(path, 'w'));
  }

  async write(text: string): Promise<void> {
    this.buf += text;
    if (this.buf.length >= BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buf === '') return;
    const bytes = Buffer.from(this.buf, 'utf8');
    this.buf = '';
    this.hash.update(bytes);
    this.size += bytes.length;
    await this.handle.write(bytes);
  }

  /** Flushes, closes, and describes the file. */
  async close(): Promise<WrittenFile> {
    try {
      await this.flush();
    } finally {
      await this.handle.close();
    }
    return { name: this.name, sha256: this.hash.digest('hex'), size: this.size };
  }

  /** Closes without caring about the content (after a failure). */
  async abandon(): Promise<void> {
    await this.handle.close().catch(() => undefined);
  }
}
