// Keeps the build log readable: drops one known-harmless bundler warning that would otherwise print
// once per content page (hundreds of lines burying the warnings that matter).
//
// Astro's content-assets plugin (astro/dist/content/vite-plugin-content-assets.js) wraps every rendered
// content entry in a virtual `<file>?astroPropagatedAssets` module that starts with the directive
// "use astro:head-inject". Rolldown drops module-level directives when it bundles and warns
// MODULE_LEVEL_DIRECTIVE for each. Nothing reads that directive after the transform (Astro finds
// head-propagating modules through the `__astroPropagation` flag on the module's default export), so
// dropping it changes nothing; only this directive from that module is filtered, every other warning
// (including other MODULE_LEVEL_DIRECTIVE ones, e.g. "use client" in a library) still prints.

interface BundlerLog {
  code?: string;
  message: string;
  id?: string;
}

/** True for the MODULE_LEVEL_DIRECTIVE warning about Astro's own "use astro:head-inject" marker. */
export function isHeadInjectDirectiveWarning(log: BundlerLog): boolean {
  return log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"');
}

/** A Rolldown `onLog` for Vite's `build.rolldownOptions` that drops only that warning. */
export function quietBuildLog(level: string, log: BundlerLog, handler: (level: never, log: never) => void): void {
  if (level === 'warn' && isHeadInjectDirectiveWarning(log)) return;
  handler(level as never, log as never);
}
