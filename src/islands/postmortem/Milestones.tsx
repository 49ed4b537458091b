// The milestones, typed as wall-clock times in the draft's zone and stored with that zone's offset;
// the core flags milestones out of order.
import { memo, type Dispatch } from 'react';
import { MILESTONES } from '../../core/constants.ts';
import { milestoneOrderErrors } from '../../core/incident-checks.ts';
import { milestoneLabel } from '../../core/labels.ts';
import type { Incident, Lang } from '../../core/schema.ts';
import { timestampToWallTime, wallTimeToTimestamp } from '../../core/time/index.ts';
import { TextField } from '../shared/fields.tsx';
import { ZoneSelect } from '../shared/ZoneSelect.tsx';
import type { PostmortemT } from './i18n.ts';
import type { Action } from './state.ts';

interface MilestonesProps {
  t: PostmortemT;
  lang: Lang;
  dispatch: Dispatch<Action>;
  milestones: Incident['milestones'];
  timeZone: string;
}

export const Milestones = memo(function Milestones({ t, lang, dispatch, milestones, timeZone }: MilestonesProps) {
  const errors = milestoneOrderErrors({ milestones }, lang);
  return (
    <section className="pm-section" aria-labelledby="pm-milestones-heading">
      <h3 id="pm-milestones-heading">{t('postmortem.milestones')}</h3>
      <ZoneSelect
        label={t('postmortem.timeZone')}
        hint={t('postmortem.timeZoneHint')}
        name="timeZone"
        value={timeZone}
        onChange={(value) => dispatch({ type: 'timeZone', value })}
      />
      <div className="field-grid">
        {MILESTONES.map((m) => (
          <div key={m} className="pm-milestone">
            <TextField
              label={milestoneLabel(m, lang)}
              name={`milestone-${m}`}
              type="datetime-local"
              value={milestones[m] ? timestampToWallTime(milestones[m]!, timeZone) : ''}
              warning={errors.find((e) => e.field === `milestones.${m}`)?.message}
              onChange={(value) =>
                dispatch({ type: 'milestone', milestone: m, value: value ? (wallTimeToTimestamp(value, timeZone) ?? '') : '' })
              }
            />
            {milestones[m] && (
              <button
                type="button"
                aria-label={`${t('postmortem.clear')}: ${milestoneLabel(m, lang)}`}
                onClick={() => dispatch({ type: 'milestone', milestone: m, value: '' })}
              >
                {t('postmortem.clear')}
              </button>
            )}
          </div>
        ))}
      </div>
    </section>
  );
});
