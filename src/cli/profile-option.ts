import { readFile } from "node:fs/promises";
import { defineProfile } from "../profiles/define-profile.js";
import type { Profile } from "../policy/profile.js";
import { profiles } from "../profiles/index.js";
import { CliError, oneLine, usageError } from "./cli-error.js";

/**
 * A profile as plain data, to hand to a worker thread (a resolved profile does not survive
 * structured cloning): a built-in profile's id, or the JSON of a council's own profile, read
 * once and already validated.
 *
 * @example
 * ```ts
 * const data: ProfileData = { builtIn: "medway" };
 * ```
 */
export type ProfileData = { readonly builtIn: string } | { readonly definition: unknown };

/**
 * The profile of {@link ProfileData} (in a worker thread): no file is read.
 *
 * @throws Error when the data is not a profile (it was validated when read, so only if changed).
 *
 * @example
 * ```ts
 * profileFromData({ builtIn: "medway" }).id; // "medway"
 * ```
 */
export function profileFromData(data: ProfileData): Profile {
  return "builtIn" in data ? builtInProfile(data.builtIn) : defineProfile(data.definition);
}

/**
 * The profile named by `--profile <id>` or read from `--profile-file <path>` (validated with
 * `defineProfile`), or `fallback` when neither is given. Errors are one line, exit code 2.
 *
 * @throws CliError (exit code 2) when both are given, the file cannot be read or is not a valid
 * profile, or the id names no built-in profile.
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
  return (await profileAndDataFromOptions(options, fallback)).profile;
}

/**
 * {@link profileFromOptions}, with the profile as {@link ProfileData} too: `--profile-file` is
 * read once, here, so that worker threads audit with the very profile validated (a file that
 * changes during the audit, or can be read only once, such as a pipe, makes no difference).
 *
 * @throws CliError as {@link profileFromOptions} does.
 *
 * @example
 * ```ts
 * const { profile, data } = await profileAndDataFromOptions({ "profile-file": "kent.json" }, "working-together");
 * ```
 */
export async function profileAndDataFromOptions(
  options: { readonly profile?: string | undefined; readonly "profile-file"?: string | undefined },
  fallback: string,
): Promise<{ readonly profile: Profile; readonly data: ProfileData }> {
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
      return { profile: defineProfile(json), data: { definition: json } };
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
  return { profile: builtInProfile(id), data: { builtIn: id } };
}

/** The built-in profile `id`; a usage error (exit code 2) when there is none. */
function builtInProfile(id: string): Profile {
  const profile = (profiles as Readonly<Record<string, Profile>>)[id];
  if (profile === undefined || !Object.hasOwn(profiles, id)) {
    throw usageError(`unknown profile "${id}": expected one of ${Object.keys(profiles).join(", ")}`);
  }
  return profile;
}
