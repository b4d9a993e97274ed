import type { Writable } from 'node:stream';

/** Collects output lines and writes them in large chunks, honouring the stream's backpressure. */
export interface BufferedOutput {
  /** Adds text to the buffer; hands the buffer to the stream once it is large (waiting for room is `drain`'s job). */
  write(text: string): void;
  /** Writes the buffer if it is large, and waits while the stream is full. Call once per batch of rows. */
  drain(): Promise<void>;
  /** Writes whatever is left and waits until the stream has taken it. */
  flush(): Promise<void>;
}

/**
 * Buffers output so a million-row report makes a few thousand `write` calls, not a million,
 * and waits for `'drain'` so a slow reader (a pipe, a terminal) never makes memory grow.
 *
 * @example
 * const out = createBufferedOutput(process.stdout);
 * for (const line of lines) { out.write(line + '\n'); await out.drain(); }
 * await out.flush();
 */
export function createBufferedOutput(stream: Writable, chunkSize = 256 * 1024): BufferedOutput {
  let buffer = '';

  function waitForDrain(): Promise<void> {
    if (!stream.writableNeedDrain) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const done = () => {
        stream.off('drain', done);
        stream.off('error', fail);
        stream.off('close', done);
        resolve();
      };
      const fail = (error: Error) => {
        stream.off('drain', done);
        stream.off('close', done);
        reject(error);
      };
      stream.on('drain', done);
      stream.on('close', done);
      stream.once('error', fail);
    });
  }

  function writeBuffer(): void {
    if (buffer.length === 0) return;
    stream.write(buffer);
    buffer = '';
  }

  return {
    write(text) {
      buffer += text;
      // Written now rather than at the next drain: lines waiting in a string are what young-generation
      // GC has to copy. Memory stays bounded: the caller drains after each batch.
      if (buffer.length >= chunkSize) writeBuffer();
    },
    async drain() {
      if (buffer.length >= chunkSize) writeBuffer();
      await waitForDrain();
    },
    async flush() {
      writeBuffer();
      await waitForDrain();
    },
  };
}
