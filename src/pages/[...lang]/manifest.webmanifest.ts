// /manifest.webmanifest and /th/manifest.webmanifest: the web app manifest of each language, so the
// installed handbook opens in the language it was installed from. URLs are relative to the manifest,
// which keeps them right under any deployment base.
import type { APIRoute } from 'astro';
import { LOCALES, type Lang } from '../../core/i18n/locales.ts';
import { useTranslations } from '../../i18n/index.ts';
import { languagePaths } from '../../lib/route.ts';

export const getStaticPaths = languagePaths;

/** The light theme's page background and accent (--hb-bg, --hb-accent in src/styles/global.css). */
const BACKGROUND = '#ffffff';
const THEME = '#0b57c2';

export const GET: APIRoute = ({ props }) => {
  const lang = props.lang as Lang;
  const t = useTranslations(lang);
  // The Thai manifest lives in /th/: its scope is the whole site, its start page the Thai home.
  const toRoot = LOCALES[lang].prefix ? '../' : './';
  const manifest = {
    id: './',
    name: t('offline.appName'),
    short_name: t('offline.appShortName'),
    description: t('offline.appDescription'),
    lang: LOCALES[lang].tag,
    start_url: './',
    scope: toRoot,
    display: 'standalone',
    background_color: BACKGROUND,
    theme_color: THEME,
    icons: [
      { src: `${toRoot}icons/icon.svg`, sizes: 'any', type: 'image/svg+xml' },
      { src: `${toRoot}icons/icon-192.png`, sizes: '192x192', type: 'image/png' },
      { src: `${toRoot}icons/icon-512.png`, sizes: '512x512', type: 'image/png' },
      { src: `${toRoot}icons/icon-maskable-512.png`, sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), { headers: { 'Content-Type': 'application/manifest+json' } });
};
