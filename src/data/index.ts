// The organisation data, loaded once per build. Astro components import `handbookData` from here.
import { loadHandbookData } from './load.ts';

export const handbookData = loadHandbookData();
