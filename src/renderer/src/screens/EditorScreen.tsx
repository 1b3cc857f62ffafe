import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Draft, TemplateInfo } from '../../../shared/ipc';
import { intentFor, KIND_LABEL, lastStep } from '../../../core/pieces/kinds';
import { foldFor } from '../../../core/pieces/layouts';
import type { Intent } from '../../../core/types';
import type { VerdictFinding } from '../../../core/verdict/types';
import { olive, unwrap } from '../api';
import { docTitle, fileName, type OpenDoc } from '../document';
import { Checklist } from '../editor/Checklist';
import { ChoiceField } from '../editor/fields/ChoiceField';
import { EnvelopeFields } from '../editor/fields/EnvelopeFields';
import { LongField } from '../editor/fields/LongField';
import { NameFields } from '../editor/fields/NameFields';
import { ShortField } from '../editor/fields/ShortField';
import { IntentIndicator } from '../editor/IntentIndicator';
import { IssuesPanel } from '../editor/IssuesPanel';
import { TemplatePicker } from '../editor/TemplatePicker';
import { useDesk } from '../editor/useDesk';
import { useFindingActions } from '../editor/useFindingActions';
import { useScreenFocus } from '../hooks/useScreenFocus';
import { PreviewPanel } from '../preview/PreviewPanel';

interface Props {
  doc: OpenDoc;
  onChange: (change: (draft: Draft) => Draft) => void;
  onSave: () => void;
  onExport: () => void;
  onError: (error: unknown) => void;
}

const NO_FINDINGS: VerdictFinding[] = [];

const NAME_FIELDS: Record<string, string> = {
  'recipient.name': 'their name',
  'sender.name': 'your name',
  'partner.name': 'their partner’s name',
};

/** A draft moved to another template keeps every word the new one has a place for. */
function toTemplate(draft: Draft, next: TemplateInfo, wanted?: Intent): Draft {
  const fields: Record<string, string> = {};
  for (const f of next.fields) {
    const old = draft.fields[f.id];
    if (old !== undefined) fields[f.id] = old;
  }
  const intent = intentFor(next.kind, wanted ?? (next.kind === 'letter' ? next.intent : draft.intent));
  return {
    ...draft,
    templateId: next.id,
    kind: next.kind,
    intent,
    fields,
    layout: { ...draft.layout, fold: foldFor(next.kind, draft.layout.fold) },
  };
}

/** Loads the templates, then the desk for this draft's template (a fresh desk per template). */
export default function EditorScreen(props: Props) {
  const { doc, onError } = props;
  const [templates, setTemplates] = useState<TemplateInfo[] | null>(null);

  useEffect(() => {
    unwrap(olive().templates.list())
      .then((list) => setTemplates(list.templates))
      .catch(onError);
  }, [onError]);

  if (!templates) return <p className="loading">Opening the desk…</p>;
  const template = templates.find((t) => t.id === doc.draft.templateId);
  if (!template) {
    return (
      <div className="panel">
        <h1>{docTitle(doc.draft)}</h1>
        <p role="alert" className="problem">
          The template “{doc.draft.templateId}” of this draft is not installed. Pick another to keep your words:
        </p>
        <TemplatePicker
          templates={templates.filter((t) => t.kind === doc.draft.kind)}
          draft={doc.draft}
          current={doc.draft.templateId}
          onPick={(next) => props.onChange((d) => toTemplate(d, next))}
        />
      </div>
    );
  }
  return <EditorDesk key={`${doc.docId}:${template.id}`} {...props} templates={templates} template={template} />;
}

function EditorDesk({
  doc,
  onChange,
  onSave,
  onExport,
  onError,
  templates,
  template,
}: Props & { templates: TemplateInfo[]; template: TemplateInfo }) {
  const { draft } = doc;
  const [printProblem, setPrintProblem] = useState<string | null>(null);
  const { desk, check } = useDesk(draft, template, printProblem, onError);
  const heading = useRef<HTMLHeadingElement>(null);
  useScreenFocus(heading);

  const fieldLabel = useCallback(
    (field: string | null) => {
      if (field === null) return 'the template’s own words';
      if (NAME_FIELDS[field]) return NAME_FIELDS[field];
      return template.fields.find((f) => f.id === field)?.label.toLowerCase() ?? field;
    },
    [template],
  );
  const actions = useFindingActions(desk, onChange, fieldLabel);
  const setField = useCallback(
    (field: string, value: string) => {
      desk.setField(field, value);
      onChange((d) => (d.fields[field] === value ? d : { ...d, fields: { ...d.fields, [field]: value } }));
    },
    [desk, onChange],
  );

  /**
   * A letter's template states the intent in its own words, so a letter follows the intent to its matching template.
   */
  const { kind } = draft;
  const changeIntent = useCallback(
    (intent: Intent) => {
      const match =
        template.intent !== intent ? templates.find((t) => t.kind === kind && t.intent === intent) : undefined;
      if (match && kind === 'letter') onChange((d) => toTemplate(d, match, intent));
      else onChange((d) => ({ ...d, intent }));
    },
    [template, templates, kind, onChange],
  );
  const { setValue } = actions;
  const setName = useCallback(
    (which: 'recipient' | 'sender', name: string) => setValue(`${which}.name`, name),
    [setValue],
  );
  const setChoice = useCallback(
    (field: string, v: string) => onChange((d) => ({ ...d, fields: { ...d.fields, [field]: v } })),
    [onChange],
  );
  const pickTemplate = useCallback((t: TemplateInfo) => onChange((d) => toTemplate(d, t)), [onChange]);
  // Memoised: the panels below re-render only when what they show changes, not on every settled key.
  const kindTemplates = useMemo(() => templates.filter((t) => t.kind === kind), [templates, kind]);

  const verdict = check?.verdict ?? null;
  /** Each short field's findings, one array per verdict (so an unchanged field is not drawn again). */
  const fieldFindings = useMemo(() => {
    const byField = new Map<string, VerdictFinding[]>();
    for (const f of verdict?.findings ?? []) {
      if (f.field === null) continue;
      const list = byField.get(f.field);
      if (list) list.push(f);
      else byField.set(f.field, [f]);
    }
    return byField;
  }, [verdict]);
  const step = lastStep(draft.kind);
  const value = (id: string) => draft.fields[id] ?? template.fields.find((f) => f.id === id)?.default ?? '';
  const status = doc.dirty ? (
    <span className="tag tag-warn">unsaved changes</span>
  ) : doc.path ? (
    <span className="tag tag-ok">saved</span>
  ) : (
    <span className="tag">new, not saved yet</span>
  );

  return (
    <div className="editor">
      <div className="editor-main">
        <div className="editor-head">
          <div>
            <h1 ref={heading} tabIndex={-1}>
              {docTitle(draft)}
            </h1>
            <p className="muted small">
              {KIND_LABEL[draft.kind]} · {template.title} · {fileName(doc.path)} {status}
            </p>
          </div>
          <div className="actions">
            <button type="button" onClick={onSave}>
              Save
            </button>
            <button type="button" className="primary" onClick={onExport}>
              {step.action}…
            </button>
          </div>
        </div>

        <section className="panel" aria-labelledby="tpl-title">
          <h2 id="tpl-title">Starting point</h2>
          <TemplatePicker templates={kindTemplates} draft={draft} current={draft.templateId} onPick={pickTemplate} />
        </section>

        <section className="panel form" aria-labelledby="words-title">
          <h2 id="words-title">Your words</h2>
          <NameFields
            recipient={draft.recipient.name}
            sender={draft.sender.name}
            kind={draft.kind}
            intent={draft.intent}
            onName={setName}
            onIntent={changeIntent}
          />
          {template.fields.map((field) => {
            const key = `${template.id}:${field.id}`;
            if (field.type === 'choice')
              return <ChoiceField key={key} field={field} value={value(field.id)} onChange={setChoice} />;
            if (field.type === 'short')
              return (
                <ShortField
                  key={key}
                  field={field}
                  value={value(field.id)}
                  findings={fieldFindings.get(field.id) ?? NO_FINDINGS}
                  onChange={setField}
                />
              );
            return (
              <LongField
                key={key}
                field={field}
                value={value(field.id)}
                desk={desk}
                kind={draft.kind}
                onChange={setField}
                onIgnore={actions.onIgnore}
                onView={actions.onView}
              />
            );
          })}
          {draft.kind !== 'message' ? (
            <EnvelopeFields
              recipient={draft.recipient.address ?? ''}
              sender={draft.sender.address ?? ''}
              onChange={onChange}
            />
          ) : null}
        </section>
      </div>

      <aside className="editor-side" aria-label="Check and preview">
        {verdict ? <IntentIndicator intent={verdict.intent} /> : null}
        {verdict ? <Checklist title={step.ready} verdict={verdict} /> : null}
        {draft.kind !== 'message' ? (
          <PreviewPanel draft={draft} onChange={onChange} onProblem={setPrintProblem} />
        ) : (
          <section className="panel" aria-labelledby="send-title">
            <h2 id="send-title">How it reads</h2>
            {check ? <pre className="message-text small-text">{check.text}</pre> : null}
            <p className="muted small">
              A message goes from your own phone or email, not from here. Copy it under “Send” when it is ready.
            </p>
          </section>
        )}
        {verdict ? <IssuesPanel verdict={verdict} actions={actions} /> : null}
      </aside>
    </div>
  );
}
