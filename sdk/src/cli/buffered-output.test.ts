import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createBufferedOutput } from './buffered-output.js';

/** A writable that takes each chunk only after a tick, with a tiny buffer: always under backpressure. */
function slowSink() {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      setImmediate(callback);
    },
  });
  return { stream, chunks };
}

describe('createBufferedOutput', () => {
  it('hands a full buffer to the stream at once, and keeps a small one until drain', async () => {
    const { stream, chunks } = slowSink();
    const out = createBufferedOutput(stream, 10);
    out.write('12345');
    expect(stream.writableLength).toBe(0);
    out.write('67890');
    expect(stream.writableLength).toBe(10);
    out.write('ab');
    await out.flush();
    await new Promise((resolve) => stream.end(resolve));
    expect(chunks).toEqual(['1234567890', 'ab']);
  });

  it('writes everything in order, in few large chunks, waiting for a slow reader', async () => {
    const { stream, chunks } = slowSink();
    const out = createBufferedOutput(stream, 1000);
    const expected: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const line = `line ${i}\n`;
      expected.push(line);
      out.write(line);
      if (i % 100 === 0) await out.drain();
      // Backpressure honoured: never more than one chunk waiting in the stream.
      expect(stream.writableLength).toBeLessThan(2000);
    }
    await out.flush();
    expect(chunks.join('')).toBe(expected.join(''));
    expect(chunks.length).toBeLessThan(100);
  });
});
