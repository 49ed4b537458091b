// The organisation data, loaded once per build. Astro components import `handbookData` from here.
import { loadCareerFramework } from './career.ts';
import { loadHandbookData } from './load.ts';

export const handbookData = loadHandbookData();
export const careerFramework = loadCareerFramework(handbookData);
