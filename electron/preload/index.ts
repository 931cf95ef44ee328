import { contextBridge, ipcRenderer } from 'electron';
import { invokeChannel } from '../main/ipc-channel';

// The renderer gets one function and never sees ipcRenderer.
contextBridge.exposeInMainWorld('rapport', {
  invoke: (procedure: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(invokeChannel, String(procedure), input),
});
