// Build-time settings from the environment, so a fork can point "edit this page" at its own repo.
//   EDIT_URL_BASE  e.g. https://github.com/acme/handbook/edit/main/  (no link when unset)
export const editUrlBase: string | undefined = process.env.EDIT_URL_BASE || undefined;

export function editUrl(filePath: string | undefined): string | undefined {
  if (!editUrlBase || !filePath) return undefined;
  return `${editUrlBase.replace(/\/?$/, '/')}${filePath.replace(/^\.?\//, '')}`;
}
