// Reading a file a user named on the command line, for every CLI: the text, or one sentence in the
// reader's language saying why it could not be read (the CLI prints it and exits 2).
import { readFileSync } from 'node:fs';
import type { Lang } from '../../src/core/i18n/locales.ts';
import { cliTranslate } from './cli.ts';

export type FileRead = { ok: true; text: string } | { ok: false; message: string };

export function readUserFile(path: string, shown: string = path, lang: Lang = 'en'): FileRead {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const t = cliTranslate(lang);
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = {
      ENOENT: t('cli.noSuchFile'),
      EISDIR: t('cli.isDirectory'),
      EACCES: t('cli.permissionDenied'),
    };
    return {
      ok: false,
      message: t('cli.cannotRead', { file: shown, reason: (code && reasons[code]) ?? (error as Error).message }),
    };
  }
}
