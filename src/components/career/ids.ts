// Anchor ids and paths the career components share, so a link made on one page finds its target on another.
import type { LevelId } from '../../core/career/types.ts';

/** The matrix row of a competency on the career index page. */
export const competencyAnchor = (id: string) => `competency-${id}`;
/** A certification record on its level page. */
export const certificationAnchor = (name: string) =>
  `cert-${name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')}`;
export const levelPath = (level: LevelId) => `career/${level}/`;
export const comparePath = (lower: LevelId, higher: LevelId) => `career/compare/${lower}-${higher}/`;
