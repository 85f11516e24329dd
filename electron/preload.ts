/**
 * The renderer's only door to the main process: `window.studio.invoke(channel, input, options)`
 * for the contract's channels (options: `{ tenant }`, the tenant the call acts for) and
 * `window.studio.on(event, listener)` for push events. No Node powers and no raw ipcRenderer
 * cross the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isChannel } from '../shared/contract';
import { isEventName } from '../shared/events';

contextBridge.exposeInMainWorld('studio', {
  invoke(channel: unknown, input: unknown, options?: unknown): Promise<unknown> {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return Promise.reject(new Error(`Unknown channel "${String(channel)}"`));
    }
    // `options` ({ tenant }) is validated by the main process before the call is dispatched.
    return ipcRenderer.invoke(`studio:${channel}`, input, options);
  },
  on(event: unknown, listener: (payload: unknown) => void): () => void {
    if (typeof event !== 'string' || !isEventName(event)) throw new Error(`Unknown event "${String(event)}"`);
    const forward = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(`studio-event:${event}`, forward);
    return () => {
      ipcRenderer.removeListener(`studio-event:${event}`, forward);
    };
  },
});
