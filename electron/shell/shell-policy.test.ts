import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from './web-preferences';
import { isAppUrl, mayOpenExternally } from './navigation-policy';
import { isTrustedSender } from './trusted-sender';

const appUrl = 'file:///opt/studio/dist/renderer/index.html';

describe('the desktop window', () => {
  it('has the hardened web preferences of the Electron security checklist', () => {
    const prefs = secureWebPreferences('/opt/studio/dist/electron/preload.cjs');
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/opt/studio/dist/electron/preload.cjs',
    });
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });

  it('navigates only within the app', () => {
    expect(isAppUrl('file:///opt/studio/dist/renderer/index.html#/Person', appUrl)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', appUrl)).toBe(false);
    expect(isAppUrl('file:///opt/studio/dist/renderer/../../secret', appUrl)).toBe(false);
    expect(isAppUrl('https://evil.example/', appUrl)).toBe(false);
    expect(isAppUrl('javascript:alert(1)', appUrl)).toBe(false);
    expect(isAppUrl('not a url', appUrl)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/x', 'http://localhost:5173/')).toBe(false);
  });

  it('hands only https links to the system browser', () => {
    expect(mayOpenExternally('https://schema.org/Person')).toBe(true);
    for (const url of ['http://example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', '']) {
      expect(mayOpenExternally(url)).toBe(false);
    }
  });

  it('lets only its own top frame call the contract', () => {
    const top = { url: appUrl, isTopFrame: true, isAppWindow: true };
    expect(isTrustedSender(top, appUrl)).toBe(true);
    expect(isTrustedSender({ ...top, isTopFrame: false }, appUrl)).toBe(false);
    expect(isTrustedSender({ ...top, isAppWindow: false }, appUrl)).toBe(false);
    expect(isTrustedSender({ ...top, url: 'https://evil.example/' }, appUrl)).toBe(false);
    expect(isTrustedSender({ ...top, url: undefined }, appUrl)).toBe(false);
  });
});
