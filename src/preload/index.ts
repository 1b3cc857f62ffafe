/**
 * The only file that touches ipcRenderer. It exposes exactly the contract's functions as
 * `window.olive`, each a one-line invoke generated from the channel list, and event
 * subscriptions that never hand the renderer the raw IPC event.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { buildOliveApi } from '../shared/bridge';

const olive = buildOliveApi(
  (channel, payload) => ipcRenderer.invoke(channel, payload),
  (channel, listener) => {
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, forward);
    return () => ipcRenderer.removeListener(channel, forward);
  },
);

contextBridge.exposeInMainWorld('olive', olive);
