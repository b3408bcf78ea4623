/** The typed client over `window.postdesk`, which the preload (or the e2e host) installs. */
import type { PostdeskApi } from '../shared/ipc';

declare global {
  interface Window {
    postdesk?: PostdeskApi;
  }
}

export function getApi(): PostdeskApi {
  if (!window.postdesk) throw new Error('Postdesk API missing: the window was not opened by Postdesk.');
  return window.postdesk;
}
