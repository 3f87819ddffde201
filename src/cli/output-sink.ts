import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { CliError, oneLine } from "./cli-error.js";

const BUFFER_BYTES = 1 << 20;

/**
 * Buffered text output with backpressure: strings are encoded (UTF-8) straight into a 1 MB
 * buffer, which is handed to the stream when full, and a write that fills the stream's buffer
 * waits for `drain`. `write` returns a promise only when it flushed, so the hot loop awaits
 * nothing in the common case: `const wait = sink.write(text); if (wait) await wait;`.
 *
 * Encoding each piece into the buffer as it comes (rather than joining pieces into one long
 * string and encoding that) keeps the output path at about half the CPU time: no string of
 * a million pieces to flatten and collect.
 *
 * @example
 * ```ts
 * const sink = await OutputSink.toFile("report.csv");
 * const wait = sink.write("a,b\r\n"); if (wait) await wait;
 * await sink.close();
 * ```
 */
export class OutputSink {
  #buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  #used = 0;
  /** Buffers the stream has finished writing, to fill again rather than leave to the collector. */
  readonly #spare: Buffer[] = [];

  private constructor(
    private readonly stream: Writable,
    private readonly ownsStream: boolean,
    readonly label: string,
  ) {}

  /** A sink writing to a file (created or truncated); fails with exit code 2 when it cannot be opened. */
  static async toFile(path: string): Promise<OutputSink> {
    const stream = createWriteStream(path);
    try {
      await once(stream, "open");
    } catch (error) {
      throw new CliError(`cannot write ${path}: ${oneLine(error)}`, 2);
    }
    return new OutputSink(stream, true, path);
  }

  /** A sink writing to standard output (not closed at the end). */
  static toStdout(): OutputSink {
    return new OutputSink(process.stdout, false, "standard output");
  }

  /**
   * Adds text; returns a promise only when the buffer was flushed and must be awaited. A UTF-16
   * code unit takes at most 3 bytes of UTF-8, so text that may not fit flushes first, and text
   * longer than the buffer goes to the stream as it is.
   */
  write(text: string): Promise<void> | undefined {
    if (this.#used + text.length * 3 <= BUFFER_BYTES) {
      this.#used += this.#buffer.write(text, this.#used);
      return undefined;
    }
    return this.#flushThen(text);
  }

  async #flushThen(text: string): Promise<void> {
    await this.flush();
    if (text.length * 3 <= BUFFER_BYTES) this.#used = this.#buffer.write(text, 0);
    else await this.#send(text);
  }

  /**
   * Adds bytes already encoded as UTF-8: the buffer goes first, then the bytes as they are.
   * `written` is called once the stream is done with them (so their memory can be used again).
   */
  async writeBytes(bytes: Uint8Array, written?: () => void): Promise<void> {
    await this.flush();
    if (bytes.length > 0) await this.#send(bytes, written);
    else written?.();
  }

  /** Writes out the buffer, waiting for `drain` when the stream asks to. */
  async flush(): Promise<void> {
    if (this.#used === 0) return;
    const full = this.#buffer;
    const used = this.#used;
    this.#buffer = this.#spare.pop() ?? Buffer.allocUnsafe(BUFFER_BYTES);
    this.#used = 0;
    await this.#send(full.subarray(0, used), () => this.#spare.push(full));
  }

  async #send(data: Uint8Array | string, written?: () => void): Promise<void> {
    if (!this.stream.write(data, written === undefined ? undefined : () => written())) await once(this.stream, "drain");
  }

  /** Flushes and, for a file, closes it (resolves once the data is on disk). */
  async close(): Promise<void> {
    await this.flush();
    if (!this.ownsStream) return;
    await new Promise<void>((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
  }
}
