/**
 * The security settings of the app window, as pure data so a unit test can check each item of
 * Electron's security checklist without loading Electron.
 */

/** The scheme the renderer's own files are served from (never file://). */
export const APP_SCHEME = 'postdesk';
/** The scheme workspace files (images) are served from, confined to the workspace. */
export const ASSET_SCHEME = 'postdesk-asset';

export interface WindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  show: boolean;
  title: string;
  backgroundColor: string;
  webPreferences: {
    preload: string;
    contextIsolation: true;
    sandbox: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    experimentalFeatures: false;
    webviewTag: false;
    spellcheck: boolean;
  };
}

export function windowOptions(preloadPath: string): WindowOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Postdesk',
    backgroundColor: '#1e1f22',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: true,
    },
  };
}

/**
 * The Content-Security-Policy of every renderer response. Scripts only from the app itself, no
 * inline script and no eval. Inline styles are allowed (CodeMirror injects its styles at run time;
 * a style cannot run code), images from the app, the asset scheme and data: URLs (pasted images).
 * `assetOrigin` is the asset origin the renderer uses (the e2e host serves assets over http).
 */
export function contentSecurityPolicy(assetOrigin = `${ASSET_SCHEME}:`): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${assetOrigin}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Only web links leave the app, and only to the OS browser. */
export function isExternalWebLink(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** IPC is answered only for the app's own top-level page: not for frames, and not for any other origin. */
export function isTrustedSender(frameUrl: string | undefined, isTopFrame: boolean): boolean {
  if (!frameUrl || !isTopFrame) return false;
  try {
    const url = new URL(frameUrl);
    return url.protocol === `${APP_SCHEME}:` && url.host === 'app';
  } catch {
    return false;
  }
}
