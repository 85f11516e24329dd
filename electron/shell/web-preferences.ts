/**
 * The desktop window's web preferences, from one function so a test can assert every
 * item of Electron's security checklist that lives here.
 */
import type { WebPreferences } from 'electron';

/** Hardened preferences for the app's one window. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    enableBlinkFeatures: undefined,
    // A middle click must not open links in a new window behind the window-open handler's back.
    disableBlinkFeatures: 'Auxclick',
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
  };
}
