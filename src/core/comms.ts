// Communication templates with named `{placeholder}`s. A value that is missing is reported by name
// and its placeholder stays visible in the text, so nothing goes out half-filled without notice.
// A part in square brackets is optional (`[ ETA: {eta}.]`): it is sent, without the brackets, only
// when every placeholder in it has a value, and is left out silently otherwise, for facts such as an
// ETA that an update gives only when someone has one.

const PLACEHOLDER_RE = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** Placeholder names in order of first appearance, each once. */
export function placeholdersOf(text: string): string[] {
  const names: string[] = [];
  for (const match of text.matchAll(PLACEHOLDER_RE)) {
    if (!names.includes(match[1]!)) names.push(match[1]!);
  }
  return names;
}

const OPTIONAL_RE = /\[([^[\]]*)\]/g;

/** The placeholders of the optional parts only. */
export function optionalPlaceholdersOf(text: string): string[] {
  return [...text.matchAll(OPTIONAL_RE)].flatMap((m) => placeholdersOf(m[1]!));
}

const hasValue = (values: Record<string, string>, name: string) =>
  Object.hasOwn(values, name) && typeof values[name] === 'string' && values[name].trim() !== '';

/**
 * Fills every placeholder in one pass (a value containing `{x}` is not expanded again). Optional
 * parts are kept when all their placeholders have values and dropped otherwise; only required
 * placeholders are reported missing.
 */
export function fillTemplate(text: string, values: Record<string, string>): { text: string; missing: string[] } {
  const withOptional = text.replace(OPTIONAL_RE, (_, part: string) =>
    placeholdersOf(part).every((name) => hasValue(values, name)) ? part : '',
  );
  return fillRequired(withOptional, values);
}

function fillRequired(text: string, values: Record<string, string>): { text: string; missing: string[] } {
  const missing: string[] = [];
  const filled = text.replace(PLACEHOLDER_RE, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (!missing.includes(name)) missing.push(name);
    return whole;
  });
  return { text: filled, missing };
}
