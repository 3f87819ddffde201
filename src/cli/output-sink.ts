import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { CliError, oneLine } from "./cli-error.js";

const FLUSH_AT = 1 << 20;

/**
 * Buffered text output with backpressure: strings are gathered into ~1 MB writes, and a write
 * that fills the stream's buffer waits for `drain`. `write` returns a promise only when it
 * flushed, so the hot loop awaits nothing in the common case:
 * `const wait = sink.write(text); if (wait) await wait;`.
 *
 * @example
 * ```ts
 * const sink = await OutputSink.toFile("report.csv");
 * const wait = sink.write("a,b\r\n"); if (wait) await wait;
 * await sink.close();
 * ```
 */
export class OutputSink {
  #buffer = "";

  private constructor(
    private readonly stream: Writable,
    private readonly ownsStream: boolean,
    readonly label: string,
  ) {}

  /** A sink writing to a file (created or truncated); fails with exit code 2 when it cannot be opened. */
  static async toFile(path: string): Promise<OutputSink> {
    const stream = createWriteStream(path, { encoding: "utf8" });
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

  /** Adds text; returns a promise only when the buffer was flushed and must be awaited. */
  write(text: string): Promise<void> | undefined {
    this.#buffer += text;
    return this.#buffer.length >= FLUSH_AT ? this.flush() : undefined;
  }

  /** Writes out the buffer, waiting for `drain` when the stream asks to. */
  async flush(): Promise<void> {
    if (this.#buffer === "") return;
    const text = this.#buffer;
    this.#buffer = "";
    if (!this.stream.write(text)) await once(this.stream, "drain");
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
