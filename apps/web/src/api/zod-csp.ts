/**
 * The server's Content-Security-Policy forbids `eval`. Zod (used through @tatabbu/domain) probes
 * for it with `new Function('')` on its first parse; the probe is caught, but the browser still
 * reports a CSP violation. Zod's `jitless` setting skips the probe. Zod keeps its settings on
 * `globalThis.__zod_globalConfig` (what `z.config()` writes to), so this works whichever module
 * is evaluated first, and without depending on zod directly.
 */
const g = globalThis as { __zod_globalConfig?: Record<string, unknown> };
g.__zod_globalConfig = Object.assign(g.__zod_globalConfig ?? {}, { jitless: true });

export {};
