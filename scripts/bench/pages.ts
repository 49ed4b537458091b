// Bytes each built page fetches on load (HTML, CSS, JavaScript; raw and gzipped), with the median and
// the maximum over every page of dist/. Run `npm run build` first.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pageAssets, type PageAssets } from '../../src/lib/page-assets.ts';

function htmlFiles(dir: string, sub = ''): string[] {
  return readdirSync(join(dir, sub), { withFileTypes: true }).flatMap((e) => {
    const rel = sub ? `${sub}/${e.name}` : e.name;
    return e.isDirectory() ? htmlFiles(dir, rel) : e.name.endsWith('.html') ? [rel] : [];
  });
}

const sum = (list: { bytes: number; gzip: number }[]) =>
  list.reduce((a, b) => ({ bytes: a.bytes + b.bytes, gzip: a.gzip + b.gzip }), { bytes: 0, gzip: 0 });
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export default async function pagesBench(): Promise<void> {
  console.log('Bytes each page fetches on load (HTML, CSS, JavaScript), from dist/.');
  if (!existsSync('dist/index.html')) {
    console.log('No build in dist/. Run `npm run build` first.');
    return;
  }
  const pages: PageAssets[] = htmlFiles('dist')
    .sort()
    .map((file) => pageAssets('dist', file));
  const rows = pages.map((p) => ({ file: p.file, html: sum([p.html]), css: sum(p.css), js: sum(p.js) }));
  const kinds = ['html', 'css', 'js'] as const;
  console.log(`pages: ${rows.length}`);
  console.log('kind   median raw  median gzip  max raw     max gzip    (largest page)');
  for (const kind of kinds) {
    const raw = rows.map((r) => r[kind].bytes);
    const gzip = rows.map((r) => r[kind].gzip);
    const largest = rows.reduce((a, b) => (b[kind].gzip > a[kind].gzip ? b : a));
    console.log(
      `${kind.padEnd(6)} ${kb(median(raw)).padEnd(11)} ${kb(median(gzip)).padEnd(12)} ${kb(Math.max(...raw)).padEnd(11)} ${kb(Math.max(...gzip)).padEnd(11)} ${largest.file}`,
    );
  }
  console.log('\nper page (raw / gzip):');
  for (const r of rows) {
    console.log(
      `  ${r.file.padEnd(52)} html ${kb(r.html.bytes)} / ${kb(r.html.gzip)}  css ${kb(r.css.bytes)} / ${kb(r.css.gzip)}  js ${kb(r.js.bytes)} / ${kb(r.js.gzip)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await pagesBench();
