// Finding a listed phrase in free text, without false alarms on ordinary words. English phrases
// match whole words only, where a hyphen or an underscore belongs to the word, so "blame" does not
// match the service `blame-api` and "error" is never listed alone ("error rate" is fine). Thai writes
// no spaces between words, so a Thai phrase matches anywhere. Quoted text (an alert's text, a chat
// message) is removed first: quoting what someone wrote is not blaming anyone.
import type { LocalizedList } from '../schema.ts';

const THAI = /[\u0E00-\u0E7F]/;
const QUOTED = /"[^"\n]*"|“[^”\n]*”|`[^`\n]*`|‘[^’\n]*’|«[^»\n]*»/g;

/** The text with every quoted passage blanked out (same length, so positions still line up). */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED, (quoted) => ' '.repeat(quoted.length));
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function phrasePattern(phrase: string): RegExp {
  const body = escapeRegExp(phrase.trim().toLowerCase()).replace(/\s+/g, '\\s+');
  if (THAI.test(phrase)) return new RegExp(body, 'u');
  return new RegExp(`(?<![\\p{L}\\p{N}_'’-])${body}(?![\\p{L}\\p{N}_-])`, 'u');
}

const patterns = new Map<string, RegExp>();
function patternFor(phrase: string): RegExp {
  let pattern = patterns.get(phrase);
  if (!pattern) patterns.set(phrase, (pattern = phrasePattern(phrase)));
  return pattern;
}

/** Both languages' phrases: a Thai post-mortem quoting English jargon is still checked. */
export function allPhrases(list: LocalizedList): string[] {
  return [...list.en, ...list.th];
}

export interface PhraseMatch {
  phrase: string;
  index: number;
}

/** The first listed phrase in `text` (outside quotes), the earliest and then the longest; null when none. */
export function findPhrase(text: string, phrases: readonly string[]): PhraseMatch | null {
  const plain = withoutQuotes(text).toLowerCase();
  let best: PhraseMatch | null = null;
  for (const phrase of phrases) {
    const match = patternFor(phrase).exec(plain);
    if (!match) continue;
    const longer = best && match.index === best.index && match[0].length > best.phrase.length;
    if (!best || match.index < best.index || longer)
      best = { phrase: text.slice(match.index, match.index + match[0].length), index: match.index };
  }
  return best;
}

/** True when `name` (a person, matched whole-word) is followed within a few words by a failure verb. */
export function nameAsFailingSubject(text: string, name: string, failureVerbs: readonly string[]): boolean {
  const trimmed = name.trim();
  if (trimmed.length < 2) return false;
  const plain = withoutQuotes(text).toLowerCase();
  const namePattern = patternFor(trimmed);
  const global = new RegExp(namePattern.source, 'gu');
  for (const match of plain.matchAll(global)) {
    // The clause after the name: up to the next sentence end, at most 40 characters.
    const after = plain.slice(match.index + match[0].length, match.index + match[0].length + 40).split(/[.;!?\n]/)[0] ?? '';
    if (findPhrase(after, failureVerbs)) return true;
  }
  return false;
}
