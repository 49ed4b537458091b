// Fails `astro build` when a docs page links to a page, file or #anchor that does not exist, listing
// every broken link at once as file:line (the same check as tests/unit/content.test.ts, run on the
// Markdown/MDX sources before anything is built).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { appRoutes, linkProblems } from '../../scripts/lib/content-checks.ts';
import { readDocPages } from '../../scripts/lib/content-docs.ts';

/** Every broken internal link and #anchor in content/docs under `root`, one `file:line: problem` each. */
export function brokenContentLinks(root: string): string[] {
  // Only the bodies matter here, and the content sync has already parsed and checked the frontmatter.
  const { pages, problems } = readDocPages(join(root, 'content', 'docs'), { parseYaml: false });
  return [
    ...problems,
    ...linkProblems(pages, { publicDir: join(root, 'public'), appRoutes: appRoutes(join(root, 'src', 'pages')) }),
  ];
}

export default function contentLinks(): AstroIntegration {
  return {
    name: 'incident-handbook:content-links',
    hooks: {
      'astro:build:start': () => {
        const root = fileURLToPath(new URL('../..', import.meta.url));
        const problems = brokenContentLinks(root);
        if (problems.length) throw new Error(`${problems.length} broken link(s) in content/docs:\n  ${problems.join('\n  ')}`);
      },
    },
  };
}
