import { ipcMain } from 'electron';
import type { Handlers } from '../handlers/types';
import { wrapAll, type SenderCheck } from './wrap';

/** The only file that touches ipcMain: every contract channel, guarded by wrap.ts. */
export function registerIpc(
  handlers: Handlers,
  isTrusted: SenderCheck,
  log?: (message: string, error?: unknown) => void,
): void {
  for (const [channel, invoke] of wrapAll(handlers, isTrusted, log)) {
    ipcMain.handle(channel, (event, payload: unknown) => invoke(event, payload));
  }
}
