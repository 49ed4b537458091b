// 4. Messages: the organisation's templates (content/data/comms.yaml) filled with the core's
// fillTemplate, the same function the handbook's pages use; the next update time is filled in for you.
import { fillTemplate, placeholdersOf } from '../../core/comms.ts';
import { LANGS } from '../../core/constants.ts';
import type { CommsData, Lang, SeverityLevel } from '../../core/schema.ts';
import { CopyButton } from '../shared/CopyButton.tsx';
import { Select, TextField } from '../shared/fields.tsx';
import type { KickoffKey } from './i18n.ts';
import { nowIn } from './hooks.ts';
import { templateValues } from './logic.ts';
import type { SectionProps } from './section.ts';

export const LANG_NAME_KEYS: Record<Lang, KickoffKey> = { en: 'kickoff.langNames.en', th: 'kickoff.langNames.th' };

interface MessagesProps extends SectionProps {
  comms: CommsData;
  level: SeverityLevel | null;
  sevLabel: string;
  nextUpdateText: string;
  onCopied: (ok: boolean) => void;
}

export function Messages({ t, lang, state, update, uid, comms, level, sevLabel, nextUpdateText, onCopied }: MessagesProps) {
  const template = comms.templates.find((tpl) => tpl.id === state.template) ?? comms.templates[0]!;
  const templateText = template.text[state.messageLang];
  const placeholderNames = placeholdersOf(templateText);
  const filled = fillTemplate(templateText, templateValues(state.values, nextUpdateText));
  const missingNames = filled.missing.map((name) => `${comms.placeholders[name]?.[lang] ?? name} ({${name}})`);
  return (
    <section className="ko-section" aria-labelledby={`${uid}-comms`}>
      <h2 id={`${uid}-comms`}>{t('kickoff.commsHeading')}</h2>
      <p>
        {level
          ? level.updateEveryMinutes && nextUpdateText
            ? t('kickoff.nextUpdateDue', { time: nextUpdateText, count: level.updateEveryMinutes, severity: sevLabel })
            : t('kickoff.nextUpdateNone', { severity: sevLabel })
          : t('kickoff.pickSeverityFirst')}
      </p>
      <div className="field-grid">
        <Select
          label={t('kickoff.template')}
          name="template"
          value={template.id}
          options={comms.templates.map((tpl) => ({ value: tpl.id, label: tpl.name[lang] }))}
          onChange={(id) => update({ template: id })}
        />
        <Select
          label={t('kickoff.messageLang')}
          name="messageLang"
          value={state.messageLang}
          options={LANGS.map((l) => ({ value: l, label: t(LANG_NAME_KEYS[l]) }))}
          onChange={(messageLang) => update({ messageLang })}
        />
      </div>
      <div className="field-grid">
        {placeholderNames.map((name) => (
          <TextField
            key={name}
            className="field-grow"
            label={comms.placeholders[name]?.[lang] ?? name}
            hint={name === 'next_update' && nextUpdateText ? t('kickoff.nextUpdateHint', { time: nextUpdateText }) : undefined}
            name={`placeholder-${name}`}
            value={state.values[name] ?? ''}
            onChange={(value) => update({ values: { ...state.values, [name]: value } })}
          />
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${uid}-preview`}>
          {t('kickoff.preview')} ({t(LANG_NAME_KEYS[state.messageLang])})
        </label>
        <textarea
          id={`${uid}-preview`}
          readOnly
          rows={4}
          value={filled.text}
          lang={state.messageLang}
          aria-describedby={`${uid}-missing`}
        />
      </div>
      <p id={`${uid}-missing`} className={filled.missing.length ? 'field-warning' : 'ko-ok'} role="status" aria-live="polite">
        {filled.missing.length ? t('kickoff.missing', { names: missingNames.join(', ') }) : t('kickoff.complete')}
      </p>
      <CopyButton
        text={filled.text}
        label={t('kickoff.copyMessage')}
        onDone={(ok) => {
          // A copied message is one about to be sent: the post-mortem's timeline records it at hand-over.
          if (ok) update({ sent: [...state.sent, { at: nowIn(state.timeZone), name: template.name[lang], text: filled.text }] });
          onCopied(ok);
        }}
      />
    </section>
  );
}
