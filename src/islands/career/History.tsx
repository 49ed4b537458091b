// Dated snapshots and the change between any two of them (or a snapshot and the current answers):
// what moved up, what moved down, and which areas' fitted level changed. The diff is the core's.
import { useState } from 'react';
import { Select } from '../shared/fields.tsx';
import type { Engine } from './engine.ts';
import type { Ratings, Snapshot } from '../../core/career/types.ts';
import { areaName, competencyName, levelName, ratingLabel, snapshotTime, type ViewContext } from './view.ts';

interface Props {
  ctx: ViewContext;
  /** Null until the core's functions have loaded; the comparison waits for them. */
  engine: Engine | null;
  snapshots: readonly Snapshot[];
  current: Ratings;
  onSave: () => void;
  onDelete: (index: number) => void;
}

const CURRENT = 'current';

export function snapshotLabel(ctx: ViewContext, snapshot: Snapshot, index: number): string {
  return `${index + 1}. ${ctx.t('assessment.snapshotLabel', { date: snapshotTime(snapshot.takenAt), target: levelName(ctx, snapshot.target) })}`;
}

export function History({ ctx, engine, snapshots, current, onSave, onDelete }: Props) {
  const n = snapshots.length;
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('');
  // Defaults follow the list: the last two snapshots, or the only one against the current answers.
  const valid = (v: string) => v === CURRENT || (v !== '' && Number(v) < n);
  const fromValue = valid(from) ? from : n >= 2 ? String(n - 2) : n === 1 ? '0' : CURRENT;
  const toValue = valid(to) ? to : n >= 2 ? String(n - 1) : CURRENT;
  const options = [
    ...snapshots.map((s, i) => ({ value: String(i), label: snapshotLabel(ctx, s, i) })),
    { value: CURRENT, label: ctx.t('assessment.current') },
  ];
  const ratingsOf = (v: string) => (v === CURRENT ? current : snapshots[Number(v)]!.ratings);
  const diff =
    n > 0 && engine
      ? engine.diffAssessments(ctx.framework, { ratings: ratingsOf(fromValue) }, { ratings: ratingsOf(toValue) })
      : null;
  const areaChanges = diff ? diff.areas.filter((a) => a.from !== a.to) : [];

  return (
    <>
      <div className="row-buttons">
        <button type="button" onClick={onSave}>
          {ctx.t('assessment.saveSnapshot')}
        </button>
      </div>
      {n === 0 ? (
        <p>{ctx.t('assessment.noSnapshots')}</p>
      ) : (
        <ol className="ca-list" aria-label={ctx.t('assessment.snapshots')}>
          {snapshots.map((s, i) => (
            <li key={`${s.takenAt}-${i}`}>
              {ctx.t('assessment.snapshotLabel', { date: snapshotTime(s.takenAt), target: levelName(ctx, s.target) })}{' '}
              <button
                type="button"
                onClick={() => onDelete(i)}
                aria-label={ctx.t('assessment.deleteSnapshot', { date: `${i + 1}. ${snapshotTime(s.takenAt)}` })}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      {diff && (
        <div className="ca-compare">
          <h3>{ctx.t('assessment.compare')}</h3>
          <div className="field-grid">
            <Select label={ctx.t('assessment.compareFrom')} value={fromValue} options={options} onChange={setFrom} />
            <Select label={ctx.t('assessment.compareTo')} value={toValue} options={options} onChange={setTo} />
          </div>
          <div aria-live="polite">
            {diff.up.length === 0 && diff.down.length === 0 && areaChanges.length === 0 ? (
              <p>{ctx.t('assessment.nothingMoved')}</p>
            ) : (
              <>
                {areaChanges.length > 0 && (
                  <ul className="ca-list">
                    {areaChanges.map((a) => (
                      <li key={a.areaId}>
                        {ctx.t('assessment.areaChange', {
                          area: areaName(ctx, a.areaId),
                          from: levelName(ctx, a.from),
                          to: levelName(ctx, a.to),
                        })}
                      </li>
                    ))}
                  </ul>
                )}
                {(
                  [
                    ['up', diff.up, 'assessment.movedUp'],
                    ['down', diff.down, 'assessment.movedDown'],
                  ] as const
                ).map(([kind, changes, title]) =>
                  changes.length > 0 ? (
                    <div key={kind} className={`ca-moved-${kind}`}>
                      <h4 className={kind === 'up' ? 'ca-up' : 'ca-down'}>
                        {ctx.t(title)} ({changes.length})
                      </h4>
                      <ul className="ca-list">
                        {changes.map((c) => (
                          <li key={c.id}>
                            {ctx.t('assessment.change', {
                              behaviour: `${competencyName(ctx, c.competencyId)} (${levelName(ctx, c.level)})`,
                              from: ratingLabel(ctx, c.from),
                              to: ratingLabel(ctx, c.to),
                            })}
                          </li>
                        ))}
                      </ul>
                    </div>
                  ) : null,
                )}
              </>
            )}
          </div>
        </div>
      )}
    </>
  );
}
