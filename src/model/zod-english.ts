import { config } from "zod/mini";
import { en } from "zod/v4/locales";

let configured = false;

/**
 * Gives zod's English messages to every schema of the library. The schemas are built with
 * zod/mini, which the build bundles so that only the zod functions they use are loaded; zod/mini
 * alone words every issue "Invalid input". Each schema module calls this at its top level: a call
 * (not a bare `import "./zod-english.js"`) keeps the package free of side-effect-only modules, so
 * `"sideEffects": false` is true and a bundler keeps the call wherever it keeps a schema.
 *
 * Configures the library's own bundled copy of zod, never the caller's.
 *
 * @example
 * useEnglishMessages();
 * const isoDateSchema = z.string().check(...); // issues now read "Invalid ISO date", not "Invalid input"
 */
export function useEnglishMessages(): void {
  if (configured) return;
  config(en());
  configured = true;
}
