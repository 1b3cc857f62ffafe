import { useEffect, useRef } from 'react';
import { olive, unwrap } from '../api';

/**
 * Opens the files the OS handed to main (double-click, second launch, Finder). IPC does not wait
 * for listeners, so main keeps them until asked: this pulls once it listens and again on every
 * `openRequested`, and a file named while the page was still loading is not lost.
 */
export function usePendingOpens(open: (path: string) => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  }, [open]);
  useEffect(() => {
    const pull = () => {
      // Paths are handed out once: whatever arrives is opened, even after a remount.
      unwrap(olive().window.takeOpenRequests())
        .then(({ paths }) => paths.forEach((path) => latest.current(path)))
        .catch(() => undefined);
    };
    const off = olive().on('openRequested', pull);
    pull();
    return off;
  }, []);
}
