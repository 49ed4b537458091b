// What every kickoff section receives.
import type { Lang } from '../../core/schema.ts';
import type { KickoffT } from './i18n.ts';
import type { KickoffState } from './logic.ts';

export interface SectionProps {
  t: KickoffT;
  lang: Lang;
  state: KickoffState;
  update: (patch: Partial<KickoffState>) => void;
  /** useId() of the tool, prefixed to every id so two tools on a page would not clash. */
  uid: string;
}
