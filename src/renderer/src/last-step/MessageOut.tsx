import { useEffect, useState } from 'react';
import type { Draft } from '../../../shared/ipc';
import { olive, unwrap } from '../api';

/** A message goes from the writer's own phone or email: the text, ready to copy once it is cleared. */
export function MessageOut({
  draft,
  cleared,
  onError,
}: {
  draft: Draft;
  cleared: boolean;
  onError: (error: unknown) => void;
}) {
  const [text, setText] = useState('');
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    unwrap(olive().templates.render({ draft }))
      .then((rendered) => setText(rendered.text))
      .catch(onError);
  }, [draft, onError]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Copied.');
    } catch {
      setCopied('Copying was not allowed here; select the text and copy it by hand.');
    }
  };

  return (
    <section className="panel" aria-labelledby="msg-title">
      <h2 id="msg-title">Your message</h2>
      <pre className="message-text" tabIndex={0} aria-label="Message text">
        {text}
      </pre>
      <div className="actions">
        <button type="button" className="primary" disabled={!cleared} onClick={() => void copy()}>
          Copy the text
        </button>
        <span role="status">{copied ?? ''}</span>
      </div>
      <p className="muted">
        Send it once, from your own phone or email. If it goes unanswered, do not follow it with another: a card by post
        is the next step.
      </p>
    </section>
  );
}
