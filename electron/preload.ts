/**
 * The bridge: `window.postdesk` with one method per IPC channel and one subscription per event,
 * built from the contract. Never exposes ipcRenderer itself.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Envelope } from '../shared/ipc';
import { createApi } from '../shared/ipc-client';

const api = createApi({
  invoke: (channel, request) => ipcRenderer.invoke(channel, request) as Promise<Envelope<unknown>>,
  on: (event, listener) => {
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => {
      ipcRenderer.removeListener(event, wrapped);
    };
  },
});

contextBridge.exposeInMainWorld('postdesk', api);
