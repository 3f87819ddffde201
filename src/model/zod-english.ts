// Loaded for its side effect: zod's English messages for every schema of the library. The
// schemas are built with zod/mini, which the build bundles (tsup.config.ts) so that only the zod
// functions they use are loaded; zod/mini alone words every issue "Invalid input". package.json
// lists this file under "sideEffects", or the build would drop an import of it that binds nothing.
import { config } from "zod/mini";
import { en } from "zod/v4/locales";

config(en());
