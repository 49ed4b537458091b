// What every CLI needs to speak the reader's language: the `--lang` given on the command line (known
// before the arguments are parsed, so a usage error already reads in it), the CLI dictionary's t(),
// and parseArgs' own (English) errors said in that language.
import { isLang, type Lang } from '../../src/core/i18n/locales.ts';
import { translator } from '../../src/core/i18n/translate.ts';
import { CLI_DICTIONARY } from '../../src/i18n/cli.ts';

export const cliTranslate = translator(CLI_DICTIONARY);

/** The `--lang` / `-l` value when it names a language, otherwise English. */
export function argvLang(argv: readonly string[] = process.argv.slice(2)): Lang {
  let value: string | undefined;
  argv.forEach((arg, i) => {
    if (arg === '--lang' || arg === '-l') value = argv[i + 1];
    else if (arg.startsWith('--lang=')) value = arg.slice('--lang='.length);
  });
  return value !== undefined && isLang(value) ? value : 'en';
}

/**
 * A parseArgs error (an unknown option, an option without its value) in `lang`; null when `error` is
 * not one, so the caller rethrows it. Node's own sentence is kept for the rare kinds not named here.
 */
export function parseArgsProblem(error: unknown, lang: Lang): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return null;
  const message = (error as Error).message.split('\n')[0]!;
  const quoted = /'([^']+)'/.exec(message)?.[1] ?? '';
  const t = cliTranslate(lang);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.unknownOption', { option: quoted });
  // `--days` last ("argument missing"), or followed by another option ("argument is ambiguous").
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && /argument (missing|is ambiguous)/.test(message))
    return t('cli.missingValue', { option: quoted.replace(/ <value>$/, '') });
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return t('cli.unexpectedArgument', { argument: quoted });
  return message;
}
