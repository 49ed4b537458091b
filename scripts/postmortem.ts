// `npm run postmortem -- incident.json [--template basic|sre|pagerduty] [--lang en|th]`
// Prints the incident's post-mortem as Markdown. Bad input is one line on stderr and exit code 2, its
// problems described in the --lang language. Severity and role names come from content/data.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { milestoneOrderErrors, parseIncident } from '../src/core/incident.ts';
import { TEMPLATE_IDS, isLang, isTemplateId, renderPostmortem } from '../src/core/postmortem/index.ts';
import { LANGS } from '../src/core/schema.ts';
import { safeText } from '../src/core/text/shown.ts';
import { loadHandbookData } from '../src/data/load.ts';

const USAGE = `usage: npm run postmortem -- incident.json [--template ${TEMPLATE_IDS.join('|')}] [--lang ${LANGS.join('|')}]`;

class UsageError extends Error {}

function fail(message: string): never {
  // Messages echo the input: control characters are escaped and long echoes cut (safeText).
  process.stderr.write(`postmortem: ${safeText(message, 2000)}\n`);
  process.exit(2);
}

function readIncidentFile(path: string, shown: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (error as Error).message;
    throw new UsageError(`cannot read ${shown}: ${reason}`);
  }
  try {
    // A UTF-8 byte order mark (Windows editors write one) is not part of the JSON; the page ignores it too.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`${shown} is not valid JSON: ${(error as Error).message}`);
  }
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      template: { type: 'string', short: 't', default: 'basic' },
      lang: { type: 'string', short: 'l', default: 'en' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!isTemplateId(values.template))
    throw new UsageError(`--template must be one of ${TEMPLATE_IDS.join(', ')}, got ${JSON.stringify(values.template)}`);
  if (!isLang(values.lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, got ${JSON.stringify(values.lang)}`);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length ? `expected one incident file, got ${positionals.length}` : `no incident file given; ${USAGE}`,
    );

  const shown = positionals[0]!;
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), shown);
  const parsed = parseIncident(readIncidentFile(path, shown), values.lang);
  if (!parsed.ok) throw new UsageError(`${shown}: ${parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
  const orderErrors = milestoneOrderErrors(parsed.incident, values.lang);
  if (orderErrors.length) throw new UsageError(`${shown}: ${orderErrors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);

  const data = loadHandbookData(join(import.meta.dirname, '..', 'content', 'data'));
  process.stdout.write(
    renderPostmortem(parsed.incident, {
      template: values.template,
      lang: values.lang,
      severities: data.severity.levels,
      roles: data.roles.roles,
    }),
  );
}

try {
  main();
} catch (error) {
  // parseArgs reports unknown options and missing values as TypeErrors with an ERR_PARSE_ARGS code.
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')))
    fail(`${(error as Error).message.split('\n')[0]}`);
  throw error;
}
