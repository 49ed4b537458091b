// `npm run bench`: runs every benchmark module in scripts/bench/ in name order. Each module prints its
// own section; performance targets live here, not in timed tests.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = join(import.meta.dirname, 'bench');
const only = process.argv.slice(2);
const modules = readdirSync(dir)
  .filter((f) => f.endsWith('.ts'))
  .filter((f) => only.length === 0 || only.some((name) => f.includes(name)))
  .sort();

let failed = false;
for (const file of modules) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { default: () => Promise<void> | void };
  console.log(`\n## ${file.replace(/\.ts$/, '')}\n`);
  try {
    await mod.default();
  } catch (error) {
    failed = true;
    console.error(`bench ${file} failed: ${(error as Error).message}`);
  }
}
process.exitCode = failed ? 1 : 0;
