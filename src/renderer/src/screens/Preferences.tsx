import { useEffect, useId, useState } from 'react';
import type { Settings } from '../../../shared/ipc';
import { olive, unwrap } from '../api';

/** The few defaults a new draft takes: the writer's name, the paper, fold guides. Saved as they change. */
export function Preferences({ onError }: { onError: (error: unknown) => void }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const ids = { name: useId(), paper: useId() };

  useEffect(() => {
    unwrap(olive().settings.get()).then(setSettings).catch(onError);
  }, [onError]);

  const change = async (patch: Partial<Settings>) => {
    if (!settings) return;
    setSettings({ ...settings, ...patch });
    setSaved(false);
    try {
      setSettings(await unwrap(olive().settings.set(patch)));
      setSaved(true);
    } catch (error) {
      onError(error);
    }
  };

  if (!settings) return null;
  return (
    <details className="panel preferences">
      <summary>Preferences</summary>
      <div className="row align-end">
        <div className="field">
          <label htmlFor={ids.name}>Your name, as you sign</label>
          <input
            id={ids.name}
            type="text"
            defaultValue={settings.senderName}
            onBlur={(e) => e.target.value !== settings.senderName && void change({ senderName: e.target.value.trim() })}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.paper}>Paper</label>
          <select
            id={ids.paper}
            value={settings.paper}
            onChange={(e) => void change({ paper: e.target.value as Settings['paper'] })}
          >
            <option value="letter">US Letter</option>
            <option value="a4">A4</option>
          </select>
        </div>
        <label className="choice field">
          <input
            type="checkbox"
            checked={settings.foldGuides}
            onChange={(e) => void change({ foldGuides: e.target.checked })}
          />
          Fold guides on cards
        </label>
      </div>
      <p className="muted small" role="status">
        {saved ? 'Saved. New drafts start with these.' : 'New drafts start with these.'}
      </p>
    </details>
  );
}
