/**
 * The desktop shell: one hardened window over the same handler table server mode uses.
 * Only this file and preload.ts import `electron`; the engine never does.
 */
import { app, BrowserWindow, ipcMain, Menu, safeStorage, session, shell, dialog } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { userInfo } from 'node:os';
import { pathToFileURL } from 'node:url';
import { channels } from '../shared/contract';
import { StudioError, toErrorData } from '../shared/errors';
import { openServices, type Services } from './app/services';
import { warmUp } from './app/warm-up';
import { tenantFromCallOptions } from './api/request-tenant';
import { seedDemo } from './demo/seed-demo';
import { resolveWorkspace, serviceOptionsFor } from './workspace/open-workspace-store';
import { readRecentWorkspaces, rememberWorkspace } from './workspace/recent-workspaces';
import { loadDesktopKey } from './governance/crypto/safe-storage-key';
import { secureWebPreferences } from './shell/web-preferences';
import { isAppUrl, mayOpenExternally } from './shell/navigation-policy';
import { isTrustedSender } from './shell/trusted-sender';
import { electronNativeBindingPath } from './shell/native-binding';
import { openFailureDialog } from './shell/open-failure';
import { CONTENT_SECURITY_POLICY } from './security/csp';

const root = app.getAppPath();
const appUrl = pathToFileURL(join(root, 'dist', 'renderer', 'index.html')).href;
let services: Services | undefined;
let mainWindow: BrowserWindow | undefined;

app.enableSandbox();

function nativeBinding(): string | undefined {
  const path = electronNativeBindingPath(root, process.versions.electron ?? '');
  return existsSync(path) ? path : undefined;
}

function registerChannels(svc: Services): void {
  const actor = userInfo().username;
  for (const channel of channels) {
    ipcMain.handle(`studio:${channel}`, async (event, input: unknown, options: unknown) => {
      const frame = event.senderFrame;
      const trusted = isTrustedSender(
        { url: frame?.url, isTopFrame: frame !== null && frame.parent === null, isAppWindow: event.sender === mainWindow?.webContents },
        appUrl,
      );
      if (!trusted) return { ok: false, error: new StudioError('FORBIDDEN', 'This frame may not call the studio').toData() };
      // The tenant chosen in the switcher; a malformed one is refused before dispatch.
      let tenant: string | undefined;
      try {
        tenant = tenantFromCallOptions(options);
      } catch (error) {
        return { ok: false, error: toErrorData(error) };
      }
      return svc.dispatch(channel, input, { actor, transport: 'ipc', ...(tenant !== undefined ? { tenant } : {}) });
    });
  }
}

function hardenSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (navigation) => {
      if (!isAppUrl(navigation.url, appUrl)) navigation.preventDefault();
    });
    contents.on('will-attach-webview', (attach) => attach.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      if (mayOpenExternally(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

function openWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 900,
    minHeight: 560,
    title: 'Semantic Studio',
    show: false,
    webPreferences: secureWebPreferences(join(root, 'dist', 'electron', 'preload.cjs')),
  });
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  const subscription = services?.events.subscribe((event, payload) => {
    mainWindow?.webContents.send(`studio-event:${event}`, payload);
  });
  mainWindow.on('closed', () => {
    subscription?.();
    mainWindow = undefined;
  });
  void mainWindow.loadURL(appUrl);
}

/** Asks for a workspace folder, remembers it and restarts on it (one workspace per run); false when cancelled. */
async function openWorkspace(recentFile: string): Promise<boolean> {
  const choice = await dialog.showOpenDialog({ properties: ['openDirectory', 'createDirectory'] });
  const dir = choice.filePaths[0];
  if (choice.canceled || !dir) return false;
  rememberWorkspace(recentFile, dir);
  app.relaunch();
  app.exit(0);
  return true;
}

/** File > Open Workspace…. */
function installMenu(recentFile: string): void {
  const template: Electron.MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        {
          label: 'Open Workspace…',
          accelerator: 'CmdOrCtrl+O',
          click: () => void openWorkspace(recentFile),
        },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

app
  .whenReady()
  .then(async () => {
    hardenSessions();
    const userData = app.getPath('userData');
    const recentFile = join(userData, 'recent-workspaces.json');
    installMenu(recentFile);
    const recent = readRecentWorkspaces(recentFile)[0];
    const workspace = await resolveWorkspace(recent && !process.env.STUDIO_DB ? { workspace: recent } : { db: process.env.STUDIO_DB ?? join(userData, 'studio.db') });
    // safeStorage's basic_text backend on Linux is no protection; the key info says so and the UI shows it.
    const key = loadDesktopKey(join(userData, 'field-key.bin'), safeStorage);
    const dbFile = workspace.dbFile;
    const isNew = !existsSync(dbFile);
    try {
      services = openServices({ mode: 'desktop', nativeBinding: nativeBinding(), vocabDir: join(root, 'data', 'vocab'), ...serviceOptionsFor(workspace, key) });
    } catch (error) {
      // A damaged, locked or unreadable file: say why and offer another workspace, never a silent exit.
      const { response } = await dialog.showMessageBox(openFailureDialog(error, dbFile));
      if (response === 0 && (await openWorkspace(recentFile))) return;
      app.exit(1);
      return;
    }
    registerChannels(services);
    // A first start greets the user with realistic data rather than an empty screen.
    if (isNew) void seedDemo(services.store);
    else await warmUp(services.dispatch, { actor: userInfo().username, transport: 'ipc' });
    openWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) openWindow();
    });
  })
  // Any failure of the start-up itself (not only of whenReady) ends with a message.
  .catch((error: unknown) => {
    dialog.showErrorBox('Semantic Studio could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => services?.close());
