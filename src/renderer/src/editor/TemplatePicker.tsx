import { memo, useEffect, useState } from 'react';
import type { Draft, TemplateInfo } from '../../../shared/ipc';
import { olive, unwrap } from '../api';

interface Props {
  templates: TemplateInfo[];
  draft: Draft;
  current: string;
  onPick: (template: TemplateInfo) => void;
}

const PREVIEW_CHARS = 220;

/**
 * The templates that fit this kind of piece, each with a small preview: its sample words rendered
 * with the writer's own names, so the choice is about tone, not placeholders.
 */
function TemplatePickerCards({ templates, draft, current, onPick }: Props) {
  const [previews, setPreviews] = useState<Record<string, string>>({});
  const recipient = draft.recipient.name;
  const sender = draft.sender.name;

  useEffect(() => {
    let live = true;
    for (const t of templates) {
      const sample: Draft = { ...draft, templateId: t.id, kind: t.kind, intent: t.intent, fields: t.sample.fields };
      unwrap(olive().templates.render({ draft: sample }))
        .then((doc) => {
          if (live)
            setPreviews((p) => ({
              ...p,
              [t.id]: doc.text.slice(0, PREVIEW_CHARS) + (doc.text.length > PREVIEW_CHARS ? '…' : ''),
            }));
        })
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
    // Previews depend on the names only, not on every keystroke in the draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [templates, recipient, sender]);

  return (
    <fieldset className="template-picker">
      <legend className="visually-hidden">Template</legend>
      {templates.map((t) => (
        <label key={t.id} className={`template-card${t.id === current ? ' selected' : ''}`}>
          <input
            type="radio"
            name="template-picker"
            value={t.id}
            checked={t.id === current}
            onChange={() => onPick(t)}
          />
          <span className="template-card-title">
            {t.title}
            {t.tone ? <span className="tag">{t.tone}</span> : null}
          </span>
          <span className="template-mini" aria-hidden="true">
            {previews[t.id] ?? ''}
          </span>
          <span className="template-card-desc">{t.description}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Drawn again only when what it shows changes: the templates, the choice, or the names its
 * previews use (the rest of the draft reaches the previews when the names next change).
 */
export const TemplatePicker = memo(
  TemplatePickerCards,
  (a, b) =>
    a.templates === b.templates &&
    a.current === b.current &&
    a.onPick === b.onPick &&
    a.draft.recipient.name === b.draft.recipient.name &&
    a.draft.sender.name === b.draft.sender.name,
);
