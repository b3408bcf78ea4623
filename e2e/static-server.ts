/**
 * The e2e stand-in for Electron's two protocol handlers: a node:http server on 127.0.0.1 that
 * serves the built renderer with the app's Content-Security-Policy, and workspace files under
 * `/__asset/` confined to the workspace exactly as the asset protocol confines them.
 */
import { readFile, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { confinePath } from '../electron/services/confine-path';
import { contentSecurityPolicy } from '../electron/window-options';

const ASSET_ROUTE = '/__asset/';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

export function mimeType(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface AppServer {
  /** `http://127.0.0.1:<port>`: the page origin, and the asset origin the CSP allows. */
  origin: string;
  /** The URL prefix workspace files are served under; give it to `Workspace.open`. */
  assetBase: string;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** The built renderer (out/renderer). */
  rendererRoot: string;
  /** The workspace folder whose files `/__asset/<path>` serves. */
  workspaceRoot: string;
}

/** Starts the server on a free port of 127.0.0.1. */
export async function serveApp({ rendererRoot, workspaceRoot }: AppServerOptions): Promise<AppServer> {
  const roots = { renderer: await realpath(rendererRoot), workspace: await realpath(workspaceRoot) };
  let csp = '';

  /** The file a URL path names, or null: `..`, absolute forms and escaping symlinks are refused. */
  async function resolve(pathname: string): Promise<string | null> {
    try {
      const decoded = decodeURIComponent(pathname);
      if (decoded.startsWith(ASSET_ROUTE)) return await confinePath(roots.workspace, decoded.slice(ASSET_ROUTE.length));
      return await confinePath(roots.renderer, decoded === '/' ? 'index.html' : decoded.slice(1));
    } catch {
      return null;
    }
  }

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    response.setHeader('Content-Security-Policy', csp);
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'no-store');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = await resolve(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const body = file ? await readFile(file).catch(() => null) : null;
    if (!file || !body) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    response.writeHead(200, { 'Content-Type': mimeType(file), 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolveListen);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  csp = contentSecurityPolicy(origin);
  return {
    origin,
    assetBase: `${origin}${ASSET_ROUTE}`,
    close: () =>
      new Promise<void>((resolveClose, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolveClose()));
      }),
  };
}
