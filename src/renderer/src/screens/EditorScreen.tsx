import { startTransition, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { EditorView } from '@codemirror/view';
import type { Draft, TemplateInfo } from '../../../shared/ipc';
import type { IgnoredDiagnostic } from '../../../core/lint/types';
import type { Intent, Layout, Paper } from '../../../core/types';
import { olive, unwrap } from '../api';
import { docTitle, fileName, withField, type OpenDoc } from '../document';
import { CATEGORY_LABEL, INTENT_LABEL, KIND_LABEL, LAYOUTS_FOR, LAYOUT_LABEL, PAPER_LABEL } from '../labels';
import { DeskLinter, type DeskDiagnostic, type DeskLint, type DeskLintOptions } from '../editor/deskLint';
import { ProseField, SETTLE_MS } from '../editor/ProseField';
import { IssuesPanel } from '../editor/IssuesPanel';
import { Checklist, checksFor } from '../editor/Checklist';
import { IntentIndicator } from '../editor/IntentIndicator';
import { TemplatePicker } from '../editor/TemplatePicker';
import { PdfPreview } from '../preview/PdfPreview';

interface Props {
  doc: OpenDoc;
  onChange: (change: (draft: Draft) => Draft) => void;
  onSave: () => void;
  onExport: () => void;
  onError: (error: unknown) => void;
}

/** Main renders the piece again this long after the last change; the live lint never waits for it. */
const RENDER_DEBOUNCE_MS = 80;

const NAME_FIELDS: Record<string, string> = { 'recipient.name': 'their name', 'sender.name': 'your name', 'partner.name': 'their partner’s name' };

function valuesOf(template: TemplateInfo | undefined, draft: Draft): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of template?.fields ?? []) values[field.id] = draft.fields[field.id] ?? field.default;
  return { ...draft.fields, ...values };
}

function lintOptions(draft: Draft, disabledRules: string[], ignored: IgnoredDiagnostic[]): DeskLintOptions {
  return {
    kind: draft.kind,
    intent: draft.intent,
    heard: draft.situation.heard,
    senderName: draft.sender.name,
    ...(draft.situation.partnerName ? { partnerName: draft.situation.partnerName } : {}),
    disabledRules,
    ignored,
  };
}

/** "needy/begging" as the writer reads it: "Needy: begging". */
function ruleName(rule: string): string {
  const [category = '', name = ''] = rule.split('/');
  return `${CATEGORY_LABEL[category] ?? category}: ${name.replace(/-/g, ' ')}`;
}

function wordCount(text: string): number {
  const m = text.trim().match(/\S+/g);
  return m ? m.length : 0;
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
    const pick = (next: TemplateInfo) =>
      props.onChange((d) => ({ ...d, templateId: next.id, kind: next.kind, layout: { ...d.layout, fold: LAYOUTS_FOR[next.kind].includes(d.layout.fold) ? d.layout.fold : (LAYOUTS_FOR[next.kind][0] ?? d.layout.fold) } }));
    return (
      <div className="panel">
        <h1>{docTitle(doc.draft)}</h1>
        <p role="alert" className="problem">
          The template “{doc.draft.templateId}” of this draft is not installed. Pick another to keep your words:
        </p>
        <TemplatePicker templates={templates.filter((t) => t.kind === doc.draft.kind)} draft={doc.draft} current={doc.draft.templateId} onPick={pick} />
      </div>
    );
  }
  return <EditorDesk key={`${doc.docId}:${template.id}`} {...props} templates={templates} template={template} />;
}

function EditorDesk({ doc, onChange, onSave, onExport, onError, templates, template }: Props & { templates: TemplateInfo[]; template: TemplateInfo }) {
  const { draft } = doc;
  const [disabledRules, setDisabledRules] = useState<string[]>([]);
  const [ignored, setIgnored] = useState<IgnoredDiagnostic[]>([]);
  const [lint, setLint] = useState<DeskLint | null>(null);
  const [showEnvelope, setShowEnvelope] = useState(false);
  const views = useRef(new Map<string, EditorView>());
  const ids = { recipient: useId(), intent: useId(), to: useId(), from: useId() };
  // One linter per open draft and template (this component is keyed by both); it outlives keystrokes.
  const [desk] = useState(() => new DeskLinter(valuesOf(template, draft), lintOptions(draft, [], [])));

  // The panels follow the linter once typing pauses (the underlines in the editor never wait).
  useEffect(() => {
    let timer: number | undefined;
    const off = desk.subscribe((next) => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => startTransition(() => setLint(next)), SETTLE_MS);
    });
    return () => {
      off();
      window.clearTimeout(timer);
    };
  }, [desk]);

  useEffect(() => {
    desk.setOptions(lintOptions(draft, disabledRules, ignored));
  }, [desk, draft.kind, draft.intent, draft.situation.heard, draft.situation.partnerName, draft.sender.name, disabledRules, ignored]); // eslint-disable-line react-hooks/exhaustive-deps

  // Main's render of the current draft becomes the linter's base a moment after each change.
  useEffect(() => {
    let live = true;
    const timer = window.setTimeout(() => {
      const fields = valuesOf(template, draft);
      unwrap(olive().templates.render({ draft }))
        .then((rendered) => live && desk.setBase({ doc: rendered, fields }))
        .catch((error: unknown) => live && onError(error));
    }, desk.current ? RENDER_DEBOUNCE_MS : 0);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [desk, template, draft, onError]);

  const setField = useCallback(
    (field: string, value: string) => {
      desk.setField(field, value);
      onChange((d) => withField(d, field, value));
    },
    [desk, onChange],
  );

  const onView = useCallback((field: string, view: EditorView | null) => {
    if (view) views.current.set(field, view);
    else views.current.delete(field);
  }, []);

  const ignore = useCallback((item: DeskDiagnostic) => {
    setIgnored((list) => [...list, { rule: item.diagnostic.rule, start: item.from, end: item.to, text: item.excerpt }]);
  }, []);

  /**
   * The panel shows findings once typing pauses; the linter is always current. Actions look the
   * finding up again so they act on the words where they are now.
   */
  const fresh = (item: DeskDiagnostic): DeskDiagnostic | null => {
    const same = (a: string, b: string) => a.trim() === b.trim();
    const now = desk.current?.items.filter((i) => i.diagnostic.rule === item.diagnostic.rule && i.field === item.field && same(i.excerpt, item.excerpt)) ?? [];
    return now.sort((a, b) => Math.abs(a.from - item.from) - Math.abs(b.from - item.from))[0] ?? null;
  };

  const applyFix = (seen: DeskDiagnostic, replacement: string) => {
    const item = fresh(seen);
    if (!item || item.field === null) return;
    const view = views.current.get(item.field);
    if (view) {
      view.dispatch({ changes: { from: item.from, to: item.to, insert: replacement }, userEvent: 'input.fix' });
      view.focus();
      return;
    }
    if (item.field === 'sender.name') onChange((d) => ({ ...d, sender: { ...d.sender, name: d.sender.name.slice(0, item.from) + replacement + d.sender.name.slice(item.to) } }));
    else if (item.field === 'recipient.name') onChange((d) => ({ ...d, recipient: { ...d.recipient, name: d.recipient.name.slice(0, item.from) + replacement + d.recipient.name.slice(item.to) } }));
    else if (item.field !== 'partner.name') {
      const value = desk.value(item.field);
      setField(item.field, value.slice(0, item.from) + replacement + value.slice(item.to));
    }
  };

  const show = (seen: DeskDiagnostic) => {
    const item = fresh(seen);
    if (!item || item.field === null) return;
    const view = views.current.get(item.field);
    if (view) {
      view.dispatch({ selection: { anchor: item.from, head: item.to }, scrollIntoView: true });
      view.focus();
    } else {
      const input = document.querySelector<HTMLInputElement>(`[data-field-input="${CSS.escape(item.field)}"]`);
      input?.focus();
      input?.setSelectionRange(item.from, item.to);
    }
  };

  const switchTemplate = (next: TemplateInfo, wanted?: Intent) => {
    onChange((d) => {
      const fields: Record<string, string> = {};
      for (const f of next.fields) {
        const old = d.fields[f.id];
        if (old !== undefined) fields[f.id] = old;
      }
      const fold = LAYOUTS_FOR[next.kind].includes(d.layout.fold) ? d.layout.fold : (LAYOUTS_FOR[next.kind][0] ?? d.layout.fold);
      const intent: Intent = next.kind === 'card' || next.kind === 'note' ? 'friendship' : (wanted ?? (next.kind === 'letter' ? next.intent : d.intent));
      return { ...d, templateId: next.id, kind: next.kind, intent, fields, layout: { ...d.layout, fold } };
    });
  };

  /** A letter's template states the intent in its own words, so a letter follows the intent to its matching template. */
  const changeIntent = (intent: Intent) => {
    const match = template.intent !== intent ? templates.find((t) => t.kind === draft.kind && t.intent === intent) : undefined;
    if (match && draft.kind === 'letter') switchTemplate(match, intent);
    else onChange((d) => ({ ...d, intent }));
  };

  const setLayout = (patch: Partial<Draft['layout']>) => onChange((d) => ({ ...d, layout: { ...d.layout, ...patch } }));

  const fieldLabel = (field: string | null) => {
    if (field === null) return 'the template’s own words';
    if (NAME_FIELDS[field]) return NAME_FIELDS[field];
    return template.fields.find((f) => f.id === field)?.label.toLowerCase() ?? field;
  };

  const values: Record<string, string> = Object.fromEntries(template.fields.map((f) => [f.id, draft.fields[f.id] ?? f.default]));
  const requiredMissing = template.fields.filter((f) => f.required && !(values[f.id] ?? '').trim()).map((f) => f.label);
  const fixedIntent = draft.kind === 'card' || draft.kind === 'note';
  const sameKind = templates.filter((t) => t.kind === draft.kind);

  return (
    <div className="editor">
      <div className="editor-main">
        <div className="editor-head">
          <div>
            <h1>{docTitle(draft)}</h1>
            <p className="muted small">
              {KIND_LABEL[draft.kind]} · {template.title} · {fileName(doc.path)}
              {doc.dirty ? <span className="tag tag-warn">unsaved changes</span> : <span className="tag tag-ok">saved</span>}
            </p>
          </div>
          <div className="actions">
            <button type="button" onClick={onSave}>
              Save
            </button>
            <button type="button" className="primary" onClick={onExport}>
              {draft.kind === 'message' ? 'Send…' : 'Print and post…'}
            </button>
          </div>
        </div>

        <section className="panel" aria-labelledby="tpl-title">
          <h2 id="tpl-title">Starting point</h2>
          <TemplatePicker templates={sameKind} draft={draft} current={draft.templateId} onPick={(t) => switchTemplate(t)} />
        </section>

        <section className="panel form" aria-labelledby="words-title">
          <h2 id="words-title">Your words</h2>
          <div className="row">
            <div className="field">
              <label htmlFor={ids.recipient}>To</label>
              <input id={ids.recipient} type="text" data-field-input="recipient.name" value={draft.recipient.name} onChange={(e) => onChange((d) => ({ ...d, recipient: { ...d.recipient, name: e.target.value } }))} />
            </div>
            <div className="field">
              <label htmlFor={ids.from}>Signed</label>
              <input id={ids.from} type="text" data-field-input="sender.name" value={draft.sender.name} onChange={(e) => onChange((d) => ({ ...d, sender: { ...d.sender, name: e.target.value } }))} />
            </div>
            <fieldset className="field">
              <legend>You mean this as</legend>
              {fixedIntent ? (
                <p className="muted small">Friendship: a {draft.kind} is always about friendship.</p>
              ) : (
                <div className="choices inline">
                  {(['friendship', 'romantic'] as Intent[]).map((i) => (
                    <label key={i} className="choice">
                      <input type="radio" name={ids.intent} value={i} checked={draft.intent === i} onChange={() => changeIntent(i)} />
                      {INTENT_LABEL[i]}
                    </label>
                  ))}
                </div>
              )}
            </fieldset>
          </div>

          {template.fields.map((field) => {
            const hintId = `hint-${field.id}`;
            const value = values[field.id] ?? '';
            const mine = lint?.items.filter((i) => i.field === field.id) ?? [];
            // A choice steers the template's own words: main's next render brings the change.
            if (field.type === 'choice') {
              return (
                <div className="field" key={`${template.id}:${field.id}`}>
                  <label htmlFor={`f-${field.id}`}>{field.label}</label>
                  <select id={`f-${field.id}`} value={value} onChange={(e) => onChange((d) => withField(d, field.id, e.target.value))} aria-describedby={field.hint ? hintId : undefined}>
                    {(field.choices ?? []).map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                  {field.hint ? (
                    <p id={hintId} className="hint">
                      {field.hint}
                    </p>
                  ) : null}
                </div>
              );
            }
            if (field.type === 'short') {
              return (
                <div className="field" key={`${template.id}:${field.id}`}>
                  <label htmlFor={`f-${field.id}`}>
                    {field.label}
                    {field.required ? <span className="req"> (needed)</span> : null}
                  </label>
                  <input
                    id={`f-${field.id}`}
                    type="text"
                    data-field-input={field.id}
                    value={value}
                    aria-invalid={mine.some((i) => i.diagnostic.severity === 'error')}
                    aria-describedby={[field.hint ? hintId : '', mine.length ? `note-${field.id}` : ''].filter(Boolean).join(' ') || undefined}
                    onChange={(e) => setField(field.id, e.target.value)}
                  />
                  {field.hint ? (
                    <p id={hintId} className="hint">
                      {field.hint}
                    </p>
                  ) : null}
                  {mine.length ? (
                    <ul id={`note-${field.id}`} className="field-notes plain-list">
                      {mine.map((i) => (
                        <li key={i.key} className={`field-note cat-${i.diagnostic.category}`}>
                          {i.diagnostic.message}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </div>
              );
            }
            const words = wordCount(value);
            return (
              <div className="field" key={`${template.id}:${field.id}`}>
                <span className="label" id={`label-${field.id}`}>
                  {field.label}
                  {field.required ? <span className="req"> (needed)</span> : null}
                </span>
                <ProseField field={field.id} label={field.label} description={field.hint || undefined} initial={value} linter={desk} kind={draft.kind} onChange={setField} onIgnore={ignore} onView={onView} />
                <p id={hintId} className="hint">
                  {field.hint} {field.maxWords ? <span className={words > field.maxWords ? 'warn-text' : 'muted'}>{`${words} of about ${field.maxWords} words`}</span> : null}
                </p>
              </div>
            );
          })}

          {draft.kind !== 'message' ? (
            <details className="envelope-fields">
              <summary>Envelope addresses</summary>
              <div className="row">
                <div className="field">
                  <label htmlFor={ids.to}>Their address</label>
                  <textarea id={ids.to} rows={4} value={draft.recipient.address ?? ''} onChange={(e) => onChange((d) => ({ ...d, recipient: { ...d.recipient, address: e.target.value } }))} />
                </div>
                <div className="field">
                  <label htmlFor={`${ids.to}-r`}>Your return address</label>
                  <textarea id={`${ids.to}-r`} rows={4} value={draft.sender.address ?? ''} onChange={(e) => onChange((d) => ({ ...d, sender: { ...d.sender, address: e.target.value } }))} />
                </div>
              </div>
            </details>
          ) : null}
        </section>
      </div>

      <aside className="editor-side" aria-label="Check and preview">
        {lint ? <IntentIndicator detected={lint.result.intent.detected} declared={draft.intent} /> : null}
        {lint ? <Checklist title={draft.kind === 'message' ? 'Ready to send?' : 'Ready to mail?'} checks={checksFor(draft.kind, lint, draft.intent, requiredMissing)} /> : null}
        {lint ? <IssuesPanel items={lint.items} fieldLabel={fieldLabel} onShow={show} onFix={applyFix} onIgnore={ignore} onDisable={(rule) => setDisabledRules((r) => [...r, rule])} /> : null}
        {disabledRules.length ? (
          <p className="muted small">
            Checks turned off: {disabledRules.map(ruleName).join(', ')}.{' '}
            <button type="button" className="link" onClick={() => setDisabledRules([])}>
              Turn them back on
            </button>
          </p>
        ) : null}

        {draft.kind !== 'message' ? (
          <section className="panel preview" aria-labelledby="preview-title">
            <h2 id="preview-title">Preview</h2>
            <div className="switches">
              <fieldset>
                <legend>Paper</legend>
                {(['letter', 'a4'] as Paper[]).map((p) => (
                  <label key={p} className="choice">
                    <input type="radio" name="paper" checked={draft.layout.paper === p} onChange={() => setLayout({ paper: p })} />
                    {PAPER_LABEL[p]}
                  </label>
                ))}
              </fieldset>
              {LAYOUTS_FOR[draft.kind].length > 1 ? (
                <fieldset>
                  <legend>Fold</legend>
                  {LAYOUTS_FOR[draft.kind].map((l: Layout) => (
                    <label key={l} className="choice">
                      <input type="radio" name="fold" checked={draft.layout.fold === l} onChange={() => setLayout({ fold: l })} />
                      {LAYOUT_LABEL[l]}
                    </label>
                  ))}
                </fieldset>
              ) : null}
              {draft.layout.fold !== 'letter' ? (
                <label className="choice">
                  <input type="checkbox" checked={draft.layout.foldGuides} onChange={(e) => setLayout({ foldGuides: e.target.checked })} />
                  Fold guides
                </label>
              ) : null}
              <label className="choice">
                <input type="checkbox" checked={showEnvelope} onChange={(e) => setShowEnvelope(e.target.checked)} />
                Show envelope
              </label>
            </div>
            <PdfPreview draft={draft} label={`Printed ${draft.kind}`} width={360} className="main-preview" />
            {showEnvelope ? <PdfPreview draft={draft} layout="envelope" label="Envelope" width={360} className="envelope-preview" /> : null}
          </section>
        ) : (
          <section className="panel" aria-labelledby="send-title">
            <h2 id="send-title">How it reads</h2>
            {lint ? <pre className="message-text small-text">{lint.text}</pre> : null}
            <p className="muted small">A message goes from your own phone or email, not from here. Copy it under “Send” when it is ready.</p>
          </section>
        )}
      </aside>
    </div>
  );
}
