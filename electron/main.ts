/**
 * The Electron main process: app lifecycle, the window, menus and protocols. The only module
 * (with the preload and ipc-register) that imports electron; everything on disk is done by the
 * services behind the handler table.
 */
import { app, BrowserWindow, dialog, Menu, net, protocol, shell, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand, Events } from '../shared/ipc';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createHandlers, type HandlerTable } from './handlers';
import { registerHandlers } from './ipc-register';
import { confinePath } from './services/confine-path';
import { Workspace } from './services/workspace';
import { APP_SCHEME, ASSET_SCHEME, contentSecurityPolicy, isExternalWebLink, windowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');
const assetBase = `${ASSET_SCHEME}://workspace/`;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let workspace: Workspace;
let handlers: HandlerTable;
let mainWindow: BrowserWindow | null = null;

/** The folder named on the command line (`electron . content`), else the bundled sample workspace. */
function initialFolder(): string {
  const args = process.argv.slice(app.isPackaged ? 1 : 2).filter((arg) => !arg.startsWith('-') && arg !== '.');
  // Packaged builds carry the sample workspace as an extra resource (see electron-builder.yml).
  return path.resolve(args[0] ?? path.join(app.isPackaged ? process.resourcesPath : app.getAppPath(), 'content'));
}

async function openWorkspace(folder: string): Promise<void> {
  workspace = await Workspace.open(folder, { assetBase });
  handlers = createHandlers(workspace);
  app.addRecentDocument(workspace.root);
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = path.normalize(path.join(rendererRoot, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)));
    if (!file.startsWith(rendererRoot + path.sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', contentSecurityPolicy());
    return new Response(response.body, { status: response.status, headers });
  });
  protocol.handle(ASSET_SCHEME, async (request) => {
    try {
      const rel = decodeURIComponent(new URL(request.url).pathname.replace(/^\//, ''));
      return await net.fetch(pathToFileURL(await confinePath(workspace.root, rel)).toString());
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function createWindow(): void {
  const window = new BrowserWindow(windowOptions(preloadPath));
  mainWindow = window;
  window.webContents.on('will-navigate', (event) => event.preventDefault());
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_SCHEME}://app/index.html`);
}

async function chooseFolder(): Promise<void> {
  const result = await dialog.showOpenDialog({ properties: ['openDirectory'] });
  const folder = result.filePaths[0];
  if (result.canceled || !folder) return;
  await openWorkspace(folder);
  mainWindow?.webContents.reload();
}

function send<E extends keyof Events>(event: E, payload: Events[E]): void {
  mainWindow?.webContents.send(event, payload);
}

const command = (name: AppCommand) => () => send('onDidRequestCommand', { command: name });

function buildMenu(): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => void chooseFolder() },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: command('save') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { label: 'Toggle Post List', accelerator: 'CmdOrCtrl+Shift+E', click: command('toggle-sidebar') },
        { label: 'Toggle Preview', accelerator: 'CmdOrCtrl+Alt+P', click: command('toggle-preview') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app
  .whenReady()
  .then(async () => {
    await openWorkspace(initialFolder());
    registerHandlers(() => handlers);
    serveRenderer();
    buildMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  })
  .catch((error: unknown) => {
    dialog.showErrorBox('Postdesk could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
