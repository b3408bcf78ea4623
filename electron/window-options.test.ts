/**
 * Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security), item by
 * item, against the pure window options and Content-Security-Policy the main process uses.
 */
import { describe, expect, it } from 'vitest';
import { ASSET_SCHEME, contentSecurityPolicy, isExternalWebLink, isTrustedSender, windowOptions } from './window-options';

/** The policy as directive name -> source list, so each assertion reads like the checklist. */
function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(map.has(name), `directive ${name} appears once`).toBe(false);
    map.set(name.toLowerCase(), sources);
  }
  return map;
}

describe('window options', () => {
  const prefs = windowOptions('/app/preload.cjs').webPreferences;

  it('isolates the preload from the page and sandboxes the renderer', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
  });

  it('gives no page, worker or subframe access to Node', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and refuses insecure content, experimental features and <webview>', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
  });

  it('loads the preload it is given', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
  });
});

describe('content security policy', () => {
  const policy = directives(contentSecurityPolicy());
  const remote = /^(https?:|wss?:|\*|https?:\/\/|\*\.)/i;

  it("denies everything by default (default-src 'none')", () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('runs scripts only from the app itself: no inline script, no eval', () => {
    const scripts = policy.get('script-src');
    expect(scripts).toBeDefined();
    expect(scripts).toContain("'self'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
    expect(scripts).not.toContain("'wasm-unsafe-eval'");
    expect(scripts).not.toContain('data:');
    expect(scripts).not.toContain('blob:');
  });

  it('allows no remote origin in any directive (no http:, https:, ws: or *)', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) expect(source, `${name} ${source}`).not.toMatch(remote);
    }
  });

  it("forbids plugins, <base> and form posts, and being framed (object-src, base-uri, form-action, frame-ancestors 'none')", () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("allows inline styles in style-src ('unsafe-inline'), the choice made for CodeMirror's injected styles", () => {
    const styles = policy.get('style-src');
    expect(styles).toContain("'self'");
    expect(styles).toContain("'unsafe-inline'");
  });

  it('loads workspace images through the asset scheme, never file:', () => {
    const images = policy.get('img-src');
    expect(images).toContain(`${ASSET_SCHEME}:`);
    for (const sources of policy.values()) expect(sources).not.toContain('file:');
  });

  it('uses the asset origin it is given (the e2e host serves assets over a local origin)', () => {
    const images = directives(contentSecurityPolicy('http://127.0.0.1:4173')).get('img-src');
    expect(images).toContain('http://127.0.0.1:4173');
    expect(images).not.toContain(`${ASSET_SCHEME}:`);
  });
});

describe('isExternalWebLink', () => {
  it('lets only http and https links out to the OS browser', () => {
    expect(isExternalWebLink('https://jekyllrb.com/docs/front-matter/')).toBe(true);
    expect(isExternalWebLink('http://example.org/')).toBe(true);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'postdesk://app/index.html',
    `${ASSET_SCHEME}://workspace/assets/images/desk.png`,
    'smb://server/share',
    'mailto:someone@example.org',
    '/relative/path',
    'not a url',
    '',
  ])('keeps %j inside', (url) => {
    expect(isExternalWebLink(url)).toBe(false);
  });
});

describe('isTrustedSender (every IPC message is checked in main)', () => {
  it('answers the app page in the top frame', () => {
    expect(isTrustedSender('postdesk://app/index.html', true)).toBe(true);
  });
  it.each([
    ['postdesk://app/index.html', false, 'a subframe of the app'],
    ['https://example.com/', true, 'a web page'],
    ['file:///etc/passwd', true, 'a local file'],
    ['postdesk-asset://workspace/x.html', true, 'a workspace file'],
    ['postdesk://evil/index.html', true, 'another host on the app scheme'],
    [undefined, true, 'a destroyed frame'],
    ['not a url', true, 'garbage'],
  ])('refuses %s (top frame: %s): %s', (url, top, _what) => {
    expect(isTrustedSender(url, top)).toBe(false);
  });
});
