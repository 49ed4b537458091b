// Build-time only (used from the page's frontmatter): the sample exports shipped in public/samples/,
// so every file engineer B generates there gets a "Try it" button without touching the page.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export function listSamples(dir: string = join(process.cwd(), 'public', 'samples')): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.(csv|json)$/i.test(name))
    .sort();
}
