// Imported (for its effect) by every module that builds zod schemas. `jitless` stops zod probing
// `new Function` to compile faster parsers: under the site's Content-Security-Policy (no
// 'unsafe-eval') that probe is reported as a violation even though zod catches the error. The
// schemas behave identically; parsing the handbook's sizes stays fast.
import { config } from 'zod/v4/core';

config({ jitless: true });
