import { contextBridge, ipcRenderer } from 'electron';
import { invokeChannel } from '../main/ipc-channel';

// The renderer gets one function and never sees ipcRenderer. A write may carry its idempotency key (the door's
// offline queue), which main passes to the core or, on an office server, sends as the Idempotency-Key header.
contextBridge.exposeInMainWorld('rapport', {
  invoke: (procedure: string, input: unknown, idempotencyKey?: string): Promise<unknown> =>
    ipcRenderer.invoke(invokeChannel, String(procedure), input, typeof idempotencyKey === 'string' ? idempotencyKey : null),
});
