// 5. Roles: a person per role of content/data/roles.yaml, and the message that opens the channel.
import type { Role } from '../../core/schema.ts';
import { CopyButton } from '../shared/CopyButton.tsx';
import { TextField } from '../shared/fields.tsx';
import { nowIn } from './hooks.ts';
import type { SectionProps } from './section.ts';

interface RolesProps extends SectionProps {
  roles: Role[];
  /** The kickoff message (logic.ts kickoffMessage). */
  message: string;
  onCopied: (ok: boolean) => void;
}

export function Roles({ t, lang, state, update, uid, roles, message, onCopied }: RolesProps) {
  return (
    <section className="ko-section" aria-labelledby={`${uid}-roles`}>
      <h2 id={`${uid}-roles`}>{t('kickoff.rosterHeading')}</h2>
      <p>{t('kickoff.rosterIntro')}</p>
      <div className="field-grid">
        {roles.map((r) => (
          <TextField
            key={r.id}
            className="field-grow"
            label={r.name[lang]}
            hint={r.summary[lang]}
            name={`role-${r.id}`}
            value={state.roles[r.id] ?? ''}
            onChange={(person) => update({ roles: { ...state.roles, [r.id]: person } })}
          />
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-kickoff`}>{t('kickoff.kickoffMessage')}</label>
        <textarea id={`${uid}-kickoff`} readOnly rows={5} value={message} />
      </div>
      <CopyButton
        text={message}
        label={t('kickoff.copyKickoff')}
        onDone={(ok) => {
          if (ok)
            update({ sent: [...state.sent, { at: nowIn(state.timeZone), name: t('kickoff.kickoffMessage'), text: message }] });
          onCopied(ok);
        }}
      />
    </section>
  );
}
