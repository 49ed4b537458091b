// The incident's identity: id, title, severity (with its definition as the hint), status, and the
// people in each role.
import { memo, type Dispatch } from 'react';
import { ROLE_IDS, STATUSES } from '../../core/constants.ts';
import { statusLabel } from '../../core/labels.ts';
import { roleName } from '../../core/roles.ts';
import type { Incident, Lang, Role, SeverityLevel } from '../../core/schema.ts';
import { Select, TextField } from '../shared/fields.tsx';
import type { PostmortemT } from './i18n.ts';
import type { Action, TextField as TextFieldName } from './state.ts';

interface SectionProps {
  t: PostmortemT;
  lang: Lang;
  dispatch: Dispatch<Action>;
}

export const Roles = memo(function Roles({
  t,
  lang,
  dispatch,
  names,
  roles,
}: SectionProps & { names: Incident['roles']; roles: Role[] }) {
  return (
    <fieldset>
      <legend>{t('postmortem.roles')}</legend>
      <div className="field-grid">
        {ROLE_IDS.map((role) => (
          <TextField
            key={role}
            label={roleName(role, lang, roles)}
            name={role}
            value={names[role]}
            onChange={(value) => dispatch({ type: 'role', role, value })}
          />
        ))}
      </div>
    </fieldset>
  );
});

export const IncidentFields = memo(function IncidentFields({
  t,
  lang,
  dispatch,
  incident,
  severities,
  roles,
}: SectionProps & {
  incident: Pick<Incident, 'id' | 'title' | 'severity' | 'status' | 'roles'>;
  severities: SeverityLevel[];
  roles: Role[];
}) {
  const field = (name: TextFieldName) => (value: string) => dispatch({ type: 'field', field: name, value });
  return (
    <section className="pm-section" aria-labelledby="pm-incident-heading">
      <h3 id="pm-incident-heading">{t('postmortem.incident')}</h3>
      <div className="field-grid">
        <TextField label={t('postmortem.incidentId')} name="id" value={incident.id} onChange={field('id')} />
        <TextField
          label={t('postmortem.title')}
          name="title"
          value={incident.title}
          onChange={field('title')}
          className="field-grow"
        />
        <Select
          label={t('postmortem.severity')}
          name="severity"
          value={incident.severity}
          options={severities.map((l) => ({ value: l.id, label: `${l.id}: ${l.name[lang]}` }))}
          hint={severities.find((l) => l.id === incident.severity)?.definition[lang]}
          onChange={(value) => dispatch({ type: 'severity', value })}
        />
        <Select
          label={t('postmortem.status')}
          name="status"
          value={incident.status}
          options={STATUSES.map((st) => ({ value: st, label: statusLabel(st, lang) }))}
          onChange={(value) => dispatch({ type: 'status', value })}
        />
      </div>
      <Roles t={t} lang={lang} dispatch={dispatch} names={incident.roles} roles={roles} />
    </section>
  );
});
