import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc';

/**
 * File, Edit, View, Help with the usual accelerators. Commands that concern the open draft go to
 * the renderer (it owns the editor state); Edit and View use Electron's built-in roles.
 */
export function buildMenu(send: (command: MenuCommand) => void, options: { devTools: boolean }): Menu {
  const isMac = process.platform === 'darwin';
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        item('New Draft…', 'new', 'CmdOrCtrl+N'),
        item('Open…', 'open', 'CmdOrCtrl+O'),
        { type: 'separator' },
        item('Save', 'save', 'CmdOrCtrl+S'),
        item('Save As…', 'saveAs', 'CmdOrCtrl+Shift+S'),
        item('Rename…', 'rename'),
        item(isMac ? 'Reveal in Finder' : 'Show in Folder', 'reveal'),
        { type: 'separator' },
        item('Export PDF…', 'exportPdf', 'CmdOrCtrl+E'),
        item('Print…', 'print', 'CmdOrCtrl+P'),
        { type: 'separator' },
        item('Home', 'showHome', 'CmdOrCtrl+Shift+H'),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: '&View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(options.devTools
          ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }]
          : []),
      ],
    },
    {
      label: '&Help',
      role: 'help',
      submenu: [
        item('The Guide', 'showGuide', 'F1'),
        ...(isMac ? [] : [{ type: 'separator' as const }, item(`About ${app.getName()}`, 'about')]),
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
