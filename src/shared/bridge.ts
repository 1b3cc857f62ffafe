import { API_METHODS, EVENT_NAMES, channelName, eventChannelName } from './channels';
import type { EventName, OliveApi } from './ipc';

/**
 * Builds `window.olive` from the contract's method list over any transport: Electron's
 * ipcRenderer in the preload, or a Playwright binding in the Chromium harness. No zod here, so
 * the sandboxed preload stays small.
 */
export function buildOliveApi(
  invoke: (channel: string, payload: unknown) => Promise<unknown>,
  subscribe: (channel: string, listener: (payload: unknown) => void) => () => void,
): OliveApi {
  const api: Record<string, unknown> = {};
  for (const [group, methods] of Object.entries(API_METHODS)) {
    api[group] = Object.fromEntries(
      methods.map((method) => [method, (payload?: unknown) => invoke(channelName(group, method), payload)]),
    );
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!(EVENT_NAMES as readonly string[]).includes(event)) throw new Error(`unknown event "${String(event)}"`);
    return subscribe(eventChannelName(event), listener);
  };
  // The object is built from API_METHODS, which the contract checks against OliveApi at compile time.
  return api as unknown as OliveApi;
}
