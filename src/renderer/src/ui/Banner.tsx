export interface Notice {
  tone: 'error' | 'warning' | 'success' | 'info';
  text: string;
}

/** One message at the top of the screen: errors are announced at once, the rest politely. */
export function Banner({ notice, onClose }: { notice: Notice; onClose: () => void }) {
  const urgent = notice.tone === 'error' || notice.tone === 'warning';
  return (
    <div className={`banner banner-${notice.tone}`} role={urgent ? 'alert' : 'status'}>
      <span className="banner-icon" aria-hidden="true">
        {notice.tone === 'error' ? '!' : notice.tone === 'warning' ? '!' : notice.tone === 'success' ? '✓' : 'i'}
      </span>
      <p className="banner-text">{notice.text}</p>
      <button type="button" className="quiet" onClick={onClose}>
        Dismiss
      </button>
    </div>
  );
}
