import { once } from "node:events";
import { createWriteStream, renameSync } from "node:fs";
import type { Writable } from "node:stream";
import { CliError, oneLine } from "./cli-error.js";
import { forgetTemporary, removeTemporary, temporaryBeside } from "./temporary-files.js";

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
 * OutputSink.publish([sink]); // report.csv now holds the whole output
 * ```
 *
 * A file sink writes to a temporary file beside its target (see `temporary-files.ts`): the
 * target appears, whole, only at {@link OutputSink.publish}, so a run that fails or is stopped
 * part-way leaves any earlier file there untouched and no file that looks finished.
 */
export class OutputSink {
  #buffer: Buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  #used = 0;
  /** Buffers the stream has finished writing, to fill again rather than leave to the collector. */
  readonly #spare: Buffer[] = [];

  /** The first error of the stream (e.g. a full disk), thrown by the next write or `close`. */
  #failure: unknown;

  private constructor(
    private readonly stream: Writable,
    private readonly file: { readonly temporary: string; readonly target: string } | null,
    readonly label: string,
  ) {
    stream.on("error", (error) => (this.#failure ??= error));
  }

  /**
   * A sink writing to a new temporary file beside `target` (`target` is shown in messages);
   * fails with exit code 2 when it cannot be created. `target` itself is replaced only by
   * {@link OutputSink.publish}.
   *
   * @throws {CliError} exit code 2 when the temporary file cannot be created.
   */
  static async toFile(target: string, label = target): Promise<OutputSink> {
    const temporary = temporaryBeside(target);
    // flush: the data is on disk before the file is closed, so a rename never shows a file
    // whose data a crash could still lose.
    const stream = createWriteStream(temporary, { flags: "wx", flush: true });
    try {
      await once(stream, "open");
    } catch (error) {
      removeTemporary(temporary);
      throw new CliError(`cannot write ${label}: ${oneLine(error)}`, 2);
    }
    return new OutputSink(stream, { temporary, target }, label);
  }

  /** A sink writing to standard output (not closed at the end). */
  static toStdout(): OutputSink {
    return new OutputSink(process.stdout, null, "standard output");
  }

  /**
   * Puts closed file sinks' temporary files in place of their targets, one rename each, all in
   * one synchronous step (a signal is handled only after it). Standard output and `null` are
   * skipped.
   *
   * @throws {CliError} exit code 2 when a rename fails (the sinks not yet renamed are removed).
   */
  static publish(sinks: readonly (OutputSink | null)[]): void {
    const files = sinks.flatMap((sink) => (sink?.file ? [{ sink, file: sink.file }] : []));
    for (const [index, { sink, file }] of files.entries()) {
      try {
        renameSync(file.temporary, file.target);
        forgetTemporary(file.temporary);
      } catch (error) {
        OutputSink.discard(files.slice(index).map((entry) => entry.sink));
        throw new CliError(`cannot write ${sink.label}: ${oneLine(error)}`, 2);
      }
    }
  }

  /** Abandons file sinks: closes their files and removes them; their targets are left as they were. */
  static discard(sinks: readonly (OutputSink | null)[]): void {
    for (const sink of sinks) {
      if (!sink?.file) continue;
      sink.stream.destroy();
      removeTemporary(sink.file.temporary);
    }
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
    this.#throwIfFailed();
    if (this.stream.write(data, written === undefined ? undefined : () => written())) return;
    try {
      await once(this.stream, "drain");
    } catch (error) {
      this.#failure ??= error;
      this.#throwIfFailed();
    }
  }

  #throwIfFailed(): void {
    if (this.#failure !== undefined) throw new CliError(`cannot write ${this.label}: ${oneLine(this.#failure)}`, 2);
  }

  /**
   * Flushes and, for a file, closes it (resolves once the data is on disk, in the temporary
   * file: {@link OutputSink.publish} puts it in place).
   *
   * @throws {CliError} exit code 2 when the data could not be written (e.g. the disk is full).
   */
  async close(): Promise<void> {
    await this.flush();
    if (this.file === null) return;
    await new Promise<void>((resolve) => this.stream.end(() => resolve()));
    this.#throwIfFailed();
  }
}
