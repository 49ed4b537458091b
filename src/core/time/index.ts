// The core's one home for time: parse (the only instant parser), offsets, zones, calendar, and the one
// human format. Import from here or from the single file.
export * from './offset.ts';
export * from './parse.ts';
export * from './format.ts';
export * from './zone.ts';
export * from './calendar.ts';
export * from './bounds.ts';
