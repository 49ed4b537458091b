// Reading a file a user named on the command line, for every CLI: the text, or one sentence saying
// why it could not be read (the CLI prints it and exits 2).
import { readFileSync } from 'node:fs';

export type FileRead = { ok: true; text: string } | { ok: false; message: string };

export function readUserFile(path: string, shown: string = path): FileRead {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reasons: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied' };
    return { ok: false, message: `cannot read ${shown}: ${(code && reasons[code]) ?? (error as Error).message}` };
  }
}
