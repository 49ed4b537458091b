// Incident-role readiness: the reader records shadow, reverse-shadow and primary shifts per role, and
// the core's roleReadiness says where they stand on the handbook's readiness path.
import { useId, useState } from 'react';
import { Select, TextField } from '../shared/fields.tsx';
import { roleReadiness } from '../../core/career/readiness.ts';
import { SHIFT_KINDS, type ReadinessStage, type RoleShift, type ShiftKind } from '../../core/career/types.ts';
import { handbookHref, type ViewContext } from './view.ts';

export interface RoleOption {
  id: string;
  name: string;
}

interface Props {
  ctx: ViewContext;
  roles: readonly RoleOption[];
  shifts: readonly RoleShift[];
  onAdd: (shift: RoleShift) => void;
  onRemove: (shift: RoleShift) => void;
}

const KIND_KEYS: Record<ShiftKind, string> = {
  shadow: 'assessment.shiftShadow',
  'reverse-shadow': 'assessment.shiftReverseShadow',
  primary: 'assessment.shiftPrimary',
};

const STAGE_KEYS: Record<ReadinessStage, string> = {
  'not-started': 'assessment.stage.notStarted',
  shadowing: 'assessment.stage.shadowing',
  'ready-for-reverse-shadow': 'assessment.stage.readyForReverseShadow',
  'reverse-shadowing': 'assessment.stage.reverseShadowing',
  'ready-for-primary': 'assessment.stage.readyForPrimary',
  primary: 'assessment.stage.primary',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function Roles({ ctx, roles, shifts, onAdd, onRemove }: Props) {
  const uid = useId();
  const [role, setRole] = useState(roles[0]?.id ?? '');
  const [kind, setKind] = useState<ShiftKind>('shadow');
  const [date, setDate] = useState('');
  const [tookOver, setTookOver] = useState(false);
  const [warning, setWarning] = useState('');
  const readiness = roleReadiness(
    shifts,
    roles.map((r) => r.id),
  );
  const kindLabel = (k: ShiftKind) => ctx.t(KIND_KEYS[k]);

  const add = () => {
    if (!DATE.test(date) || Number.isNaN(Date.parse(date))) {
      setWarning(ctx.t('assessment.shiftDateMissing'));
      return;
    }
    setWarning('');
    onAdd({ role, kind, date, ...(kind === 'reverse-shadow' ? { backupTookOver: tookOver } : {}) });
    setDate('');
    setTookOver(false);
  };

  return (
    <>
      <p>
        {ctx.t('assessment.rolesIntro')}{' '}
        <a href={handbookHref(ctx, '/career/incident-role-readiness/')}>{ctx.t('assessment.rolesPath')}</a>
      </p>
      <fieldset>
        <legend>{ctx.t('assessment.addShift')}</legend>
        <div className="field-grid">
          <Select
            label={ctx.t('assessment.role')}
            value={role}
            options={roles.map((r) => ({ value: r.id, label: r.name }))}
            onChange={setRole}
          />
          <Select
            label={ctx.t('assessment.shiftKind')}
            value={kind}
            options={SHIFT_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))}
            onChange={setKind}
          />
          <TextField
            label={ctx.t('assessment.shiftDate')}
            type="date"
            value={date}
            onChange={setDate}
            warning={warning || undefined}
          />
        </div>
        {kind === 'reverse-shadow' && (
          <p>
            <input
              id={`${uid}-took-over`}
              type="checkbox"
              checked={tookOver}
              onChange={(e) => setTookOver(e.currentTarget.checked)}
            />{' '}
            <label htmlFor={`${uid}-took-over`}>{ctx.t('assessment.backupTookOver')}</label>
          </p>
        )}
        <div className="row-buttons">
          <button type="button" onClick={add}>
            {ctx.t('assessment.addShift')}
          </button>
        </div>
      </fieldset>
      {readiness.map((r) => {
        const name = roles.find((o) => o.id === r.role)?.name ?? r.role;
        const mine = shifts.filter((s) => s.role === r.role);
        return (
          <div key={r.role} className="ca-role">
            <h3>{name}</h3>
            <p>
              <strong>{ctx.t(STAGE_KEYS[r.stage])}</strong>
              {' · '}
              {ctx.t('assessment.shiftCounts', {
                shadow: r.shadow.length,
                reverse: r.reverseShadow.length,
                primary: r.primary.length,
              })}
            </p>
            {mine.length > 0 && (
              <ul className="ca-list">
                {mine.map((s, i) => (
                  <li key={`${s.date}-${s.kind}-${i}`}>
                    {s.date} · {kindLabel(s.kind)}
                    {s.backupTookOver ? ` · ${ctx.t('assessment.backupTookOver')}` : ''}{' '}
                    <button
                      type="button"
                      aria-label={ctx.t('assessment.removeShift', { role: name, kind: kindLabel(s.kind), date: s.date })}
                      onClick={() => onRemove(s)}
                    >
                      ✕
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </>
  );
}
