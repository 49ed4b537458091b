// The import boundaries of the project, checked by `npm run boundaries` (part of `npm test`):
// - src/core is pure: it imports only itself and npm libraries that run anywhere (no UI framework, Astro,
//   DOM or Node built-ins), so the islands, the CLIs and the tests can all call it;
// - an island imports another island only through src/islands/shared/;
// - no import cycle anywhere.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-imports-only-core',
      comment: 'src/core is pure TypeScript: nothing from the site, the islands, the scripts or the tests.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { pathNot: ['^src/core/', '(^|/)node_modules/'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'core-no-runtime-specific-packages',
      comment: 'src/core runs in the browser, in workers and in Node: no UI framework, no Astro, no Node built-ins.',
      severity: 'error',
      from: { path: '^src/core/' },
      // The second pattern catches `react` by name too, wherever it resolves (the site aliases it to Preact).
      to: {
        path: ['(^|/)node_modules/(react|react-dom|preact|astro|@astrojs|[^/]*astro[^/]*)/', '^(react|react-dom|preact)(/|$)'],
      },
    },
    {
      name: 'core-no-node-builtins',
      comment: 'No node:fs, node:path, ...: file I/O belongs to the CLIs and src/data.',
      severity: 'error',
      from: { path: '^src/core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'islands-apart',
      comment: 'Islands share code only through src/islands/shared/.',
      severity: 'error',
      from: { path: '^src/islands/([^/]+)/' },
      to: { path: '^src/islands/', pathNot: ['^src/islands/$1/', '^src/islands/shared/'] },
    },
    {
      name: 'no-folder-cycles',
      comment: 'Folders depend on each other one way only (e.g. core/import may use core/time, never the reverse).',
      severity: 'error',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['^dist', '^node_modules', '^\\.astro'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
  },
};
