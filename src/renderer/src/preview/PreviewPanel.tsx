import { memo, useCallback, useEffect, useRef, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import { kindNoun } from '../../../core/pieces/kinds';
import { envelopeSuits, layoutsFor } from '../../../core/pieces/layouts';
import type { Kind, Layout, Paper } from '../../../core/types';
import { LAYOUT_LABEL, PAPER_LABEL } from '../labels';
import { PdfPreview } from './PdfPreview';
import { PreviewDialog } from './PreviewDialog';

interface Props {
  draft: Draft;
  /** Paper and fold choices; absent where the piece is only shown (the last step). */
  onChange?: (change: (draft: Draft) => Draft) => void;
  onProblem?: (problem: string | null) => void;
}

/** Draws the pages as wide as the panel is, within reason. */
function usePanelWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(320);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(200, Math.min(420, Math.floor(element.clientWidth))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

/** Paper, fold and envelope: drawn again only when the layout or the kind changes, not with every word. */
const Switches = memo(function Switches({
  kind,
  layout,
  onChange,
  showEnvelope,
  onShowEnvelope,
}: {
  kind: Kind;
  layout: Draft['layout'];
  onChange: (change: (draft: Draft) => Draft) => void;
  showEnvelope: boolean;
  onShowEnvelope: (show: boolean) => void;
}) {
  const folds = layoutsFor(kind);
  const setLayout = (patch: Partial<Draft['layout']>) => onChange((d) => ({ ...d, layout: { ...d.layout, ...patch } }));
  return (
    <div className="switches">
      <fieldset>
        <legend>Paper</legend>
        {(['letter', 'a4'] as Paper[]).map((p) => (
          <label key={p} className="choice">
            <input type="radio" name="paper" checked={layout.paper === p} onChange={() => setLayout({ paper: p })} />
            {PAPER_LABEL[p]}
          </label>
        ))}
      </fieldset>
      {folds.length > 1 ? (
        <fieldset>
          <legend>Fold</legend>
          {folds.map((l) => (
            <label key={l} className="choice">
              <input type="radio" name="fold" checked={layout.fold === l} onChange={() => setLayout({ fold: l })} />
              {LAYOUT_LABEL[l]}
            </label>
          ))}
        </fieldset>
      ) : null}
      {layout.fold !== 'letter' ? (
        <label className="choice">
          <input
            type="checkbox"
            checked={layout.foldGuides}
            onChange={(e) => setLayout({ foldGuides: e.target.checked })}
          />
          Fold guides
        </label>
      ) : null}
      {envelopeSuits(kind) ? (
        <label className="choice">
          <input type="checkbox" checked={showEnvelope} onChange={(e) => onShowEnvelope(e.target.checked)} />
          Show envelope
        </label>
      ) : null}
    </div>
  );
});

/** The printed piece (and its envelope), with its paper and fold, opening full size on a click. */
export function PreviewPanel({ draft, onChange, onProblem }: Props) {
  const [showEnvelope, setShowEnvelope] = useState(false);
  const [full, setFull] = useState<{ bytes: Uint8Array; layout: Layout; label: string } | null>(null);
  const [ref, width] = usePanelWidth();
  const label = `Printed ${kindNoun(draft.kind)}`;
  const openPiece = useCallback(
    (bytes: Uint8Array) => setFull({ bytes, layout: draft.layout.fold, label }),
    [draft.layout.fold, label],
  );
  const openEnvelope = useCallback(
    (bytes: Uint8Array) => setFull({ bytes, layout: 'envelope', label: 'Envelope' }),
    [],
  );
  return (
    <section className="panel preview" aria-labelledby="preview-title" ref={ref}>
      <h2 id="preview-title">Preview</h2>
      {onChange ? (
        <Switches
          kind={draft.kind}
          layout={draft.layout}
          onChange={onChange}
          showEnvelope={showEnvelope}
          onShowEnvelope={setShowEnvelope}
        />
      ) : null}
      <PdfPreview
        draft={draft}
        label={label}
        width={width}
        className="main-preview"
        onProblem={onProblem}
        onOpen={openPiece}
      />
      {showEnvelope ? (
        <PdfPreview
          draft={draft}
          layout="envelope"
          label="Envelope"
          width={width}
          className="envelope-preview"
          onOpen={openEnvelope}
        />
      ) : null}
      {full ? (
        <PreviewDialog bytes={full.bytes} layout={full.layout} label={full.label} onClose={() => setFull(null)} />
      ) : null}
    </section>
  );
}
