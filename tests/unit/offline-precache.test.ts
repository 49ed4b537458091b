// The service worker installs only when every precached file can be fetched: files a host reads but
// never serves (Netlify/Cloudflare `_headers`) must stay out of the precache list.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { precacheManifest } from '../../src/integrations/offline.ts';

describe('precache list', () => {
  test('leaves out host configuration files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hb-precache-'));
    mkdirSync(join(dir, 'roles'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(dir, 'roles', 'index.html'), '<!doctype html><title>y</title>');
    writeFileSync(join(dir, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    const manifest = await precacheManifest(dir, '/');
    const urls = JSON.stringify(manifest);
    expect(urls).toContain('roles/');
    expect(urls).not.toContain('_headers');
  });
});
