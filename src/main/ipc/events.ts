import type { WebContents } from 'electron';
import { eventChannelName, type EventName, type EventPayloads } from '../../shared/ipc';

/** Main -> renderer events of the contract (menu commands, a file to open, a close request). */
export function sendEvent<E extends EventName>(
  contents: WebContents | undefined,
  event: E,
  payload: EventPayloads[E],
): void {
  if (contents && !contents.isDestroyed()) contents.send(eventChannelName(event), payload);
}
