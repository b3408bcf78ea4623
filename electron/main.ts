/**
 * The Electron main process: app lifecycle, the window, menus and protocols. The only module
 * (with the preload and ipc-register) that imports electron; everything on disk is done by the
 * services behind the handler table.
 */
import { app, BrowserWindow, dialog, Menu, net, protocol, shell, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand, Events } from '../shared/ipc';
import { existsSync } from 'node:fs';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { AppSession } from './app-session';
import { registerHandlers } from './ipc-register';
import { confinePath } from './services/confine-path';
import { APP_SCHEME, ASSET_SCHEME, contentSecurityPolicy, isExternalWebLink, windowOptions } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererRoot = path.join(here, '../renderer');
const preloadPath = path.join(here, '../preload/preload.cjs');
const assetBase = `${ASSET_SCHEME}://workspace/`;

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
]);

let mainWindow: BrowserWindow | null = null;
/** The renderer reports unsaved edits; closing the window then asks first. */
let edited = false;
let workspaceRoot = '';

const session = new AppSession({
  userDataDir: app.getPath('userData'),
  assetBase,
  trash: { trash: (absolute) => shell.trashItem(absolute) },
  chooseFolder: async () => {
    const result = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  sendChange: (change) => send('onDidChangePosts', change),
  didSwitch: (info) => {
    workspaceRoot = info.root;
    app.addRecentDocument(info.root);
    void buildMenu();
    mainWindow?.webContents.reload();
  },
  onWatchError: (error) => console.error('Postdesk watcher:', error),
  setEdited: (value) => {
    edited = value;
    mainWindow?.setDocumentEdited(value);
  },
});

/**
 * The folder to open: the one named on the command line (`npm start -- ~/blog`), else in
 * development the sample workspace, else the last folder used, else a writable copy of the
 * sample (the packaged one sits in read-only resources; see electron-builder.yml).
 */
async function initialFolder(): Promise<string> {
  const args = process.argv.slice(app.isPackaged ? 1 : 2).filter((arg) => !arg.startsWith('-') && arg !== '.');
  if (args[0]) return path.resolve(args[0]);
  if (!app.isPackaged) return path.join(app.getAppPath(), 'content');
  const [last] = await session.recentFolders();
  if (last && existsSync(last)) return last;
  const sample = path.join(app.getPath('documents'), 'Postdesk Sample Blog');
  if (!existsSync(sample)) await cp(path.join(process.resourcesPath, 'content'), sample, { recursive: true });
  return sample;
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
      return await net.fetch(pathToFileURL(await confinePath(workspaceRoot, rel)).toString());
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
  window.on('close', (event) => {
    if (!edited) return;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Cancel', 'Close Anyway'],
      defaultId: 0,
      cancelId: 0,
      message: 'Your post has unsaved changes.',
      detail: 'If you close now, your unsaved text is kept aside and offered back the next time you open this folder.',
    });
    if (choice === 0) event.preventDefault();
  });
  void window.loadURL(`${APP_SCHEME}://app/index.html`);
}

function send<E extends keyof Events>(event: E, payload: Events[E]): void {
  mainWindow?.webContents.send(event, payload);
}

const command = (name: AppCommand) => () => send('onDidRequestCommand', { command: name });

async function buildMenu(): Promise<void> {
  const recent = await session.recentFolders();
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New Post…', accelerator: 'CmdOrCtrl+N', click: command('new-post') },
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => send('onDidRequestOpenFolder', { folder: null }) },
        {
          label: 'Open Recent',
          enabled: recent.length > 1,
          submenu: recent.slice(1).map((folder) => ({ label: folder, click: () => send('onDidRequestOpenFolder', { folder }) })),
        },
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
        { label: 'Toggle Details', accelerator: 'CmdOrCtrl+Alt+D', click: command('toggle-panel') },
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

// The index cache is written and the watcher stopped before the process ends.
let closed = false;
app.on('before-quit', (event) => {
  if (closed) return;
  event.preventDefault();
  void session.close().finally(() => {
    closed = true;
    app.quit();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app
  .whenReady()
  .then(async () => {
    workspaceRoot = (await session.open(await initialFolder())).root;
    registerHandlers(() => session.handlers);
    serveRenderer();
    await buildMenu();
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  })
  .catch((error: unknown) => {
    dialog.showErrorBox('Postdesk could not start', error instanceof Error ? error.message : String(error));
    app.quit();
  });
