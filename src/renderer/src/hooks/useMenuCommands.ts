/** Menu items and their shortcuts, as main sends them: each runs the same action as its button. */
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../shared/ipc';
import { olive } from '../api';

export type MenuHandlers = Partial<Record<MenuCommand, () => void>>;

export function useMenuCommands(handlers: MenuHandlers): void {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => olive().on('command', ({ command }: { command: MenuCommand }) => latest.current[command]?.()), []);
}
