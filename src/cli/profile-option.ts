import { readFile } from "node:fs/promises";
import { defineProfile } from "../profiles/define-profile.js";
import type { Profile } from "../policy/profile.js";
import { profiles } from "../profiles/index.js";
import { CliError, oneLine, usageError } from "./cli-error.js";

/**
 * The profile named by `--profile <id>` or read from `--profile-file <path>` (validated with
 * `defineProfile`), or `fallback` when neither is given. Errors are one line, exit code 2.
 *
 * @example
 * ```ts
 * const profile = await profileFromOptions({ profile: "medway" }, "working-together");
 * ```
 */
export async function profileFromOptions(
  options: { readonly profile?: string | undefined; readonly "profile-file"?: string | undefined },
  fallback: string,
): Promise<Profile> {
  if (options.profile !== undefined && options["profile-file"] !== undefined) {
    throw usageError("give --profile or --profile-file, not both");
  }
  const file = options["profile-file"];
  if (file !== undefined) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`cannot read ${file}: ${code === "ENOENT" ? "no such file" : oneLine(error)}`, 2);
    }
    let json: unknown;
    try {
      json = JSON.parse(text.startsWith("\uFEFF") ? text.slice(1) : text); // a BOM, as Windows editors write
    } catch (error) {
      throw new CliError(`${file} is not valid JSON: ${oneLine(error)}`, 2);
    }
    try {
      return defineProfile(json);
    } catch (error) {
      const issues = (error as { issues?: readonly { path: readonly (string | number)[]; message: string }[] }).issues;
      const first = issues?.[0];
      const detail =
        first === undefined
          ? oneLine(error)
          : `${first.path.join(".") || "(profile)"}: ${first.message}${issues!.length > 1 ? ` (and ${issues!.length - 1} more problems)` : ""}`;
      throw new CliError(`${file} is not a valid profile: ${detail}`, 2);
    }
  }
  const id = options.profile ?? fallback;
  const profile = (profiles as Readonly<Record<string, Profile>>)[id];
  if (profile === undefined || !Object.hasOwn(profiles, id)) {
    throw usageError(`unknown profile "${id}": expected one of ${Object.keys(profiles).join(", ")}`);
  }
  return profile;
}
