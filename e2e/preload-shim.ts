/**
 * Runs the REAL built preload (out/preload/preload.cjs) in the page before any page script, with
 * a stand-in for the one module it requires, `electron`: `ipcRenderer.invoke` goes to a
 * Playwright binding that dispatches to the real handler table, `ipcRenderer.on` keeps listeners
 * that the host fires with `emitScript`, and `contextBridge.exposeInMainWorld` sets the global.
 * So the e2e covers the preload's API construction, not a hand-written copy of it.
 */
import type { Events } from '../shared/ipc';

/** The Playwright binding the shim's `ipcRenderer.invoke` calls: `(channel, request) => Envelope`. */
export const INVOKE_BINDING = '__postdeskInvoke';
/** The page function the host calls to deliver a main-process event to the preload's listeners. */
const EMIT_HOOK = '__postdeskEmit';

type EmitHook = (event: string, payload: unknown) => number;

/** Wraps the CommonJS preload bundle in a script that runs it against the `electron` stand-in. */
export function preloadInitScript(preloadSource: string): string {
  return `(() => {
  const listeners = new Map();
  const electron = {
    ipcRenderer: {
      invoke: (channel, request) => window[${JSON.stringify(INVOKE_BINDING)}](channel, request),
      on(event, listener) {
        if (!listeners.has(event)) listeners.set(event, new Set());
        listeners.get(event).add(listener);
        return electron.ipcRenderer;
      },
      removeListener(event, listener) {
        listeners.get(event)?.delete(listener);
        return electron.ipcRenderer;
      },
    },
    contextBridge: {
      exposeInMainWorld(key, api) {
        Object.defineProperty(window, key, { value: Object.freeze(api), enumerable: true });
      },
    },
  };
  Object.defineProperty(window, ${JSON.stringify(EMIT_HOOK)}, {
    value: (event, payload) => {
      const current = [...(listeners.get(event) ?? [])];
      for (const listener of current) listener({ sender: null }, payload);
      return current.length;
    },
  });
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload can only require electron, not ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preloadSource}
  })(require, module, module.exports);
})();`;
}

/**
 * The function `page.evaluate` runs to deliver an event; returns how many listeners got it.
 * Self-contained because Playwright serializes it into the page.
 */
export function emitInPage([event, payload]: [keyof Events, unknown]): number {
  const hook = (window as unknown as Record<string, EmitHook | undefined>)['__postdeskEmit'];
  if (!hook) throw new Error('The preload shim is not installed in this page');
  return hook(event, payload);
}
