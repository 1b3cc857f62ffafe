/**
 * The wire names of the contract in src/shared/ipc.ts, with no imports: the sandboxed preload
 * bundles this file alone (no zod, no core). ipc.ts checks at compile time that `API_METHODS`
 * matches its channel table exactly, so this list cannot drift from the contract.
 */
export const API_METHODS = {
  templates: ['list', 'render'],
  drafts: ['create', 'open', 'save', 'saveAs', 'rename', 'delete'],
  recent: ['list', 'forget'],
  recovery: ['autosave', 'list', 'restore', 'discard'],
  settings: ['get', 'set'],
  contacts: ['get', 'append', 'markMailed'],
  guide: ['recommend'],
  lint: ['spelling'],
  pdf: ['export', 'preview', 'print'],
  shell: ['reveal'],
  app: ['info'],
  window: ['setDocumentState', 'confirmClose', 'takeOpenRequests'],
} as const;

export const EVENT_NAMES = ['command', 'openRequested', 'closeRequested'] as const;

export const MENU_COMMANDS = [
  'new',
  'open',
  'save',
  'saveAs',
  'rename',
  'exportPdf',
  'print',
  'reveal',
  'showHome',
  'showGuide',
  'about',
] as const;

export function channelName(group: string, method: string): string {
  return `olive:${group}.${method}`;
}

export function eventChannelName(event: (typeof EVENT_NAMES)[number]): string {
  return `olive-event:${event}`;
}
