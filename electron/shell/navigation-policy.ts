/**
 * Where the desktop window may go: only the app's own pages. Anything else (remote pages,
 * `javascript:`, `file:` outside the build) is refused; https links open in the system
 * browser instead.
 */

/** True when `target` is one of the app's own pages (same file folder, or the dev server's origin). */
export function isAppUrl(target: string, appUrl: string): boolean {
  let url: URL;
  let app: URL;
  try {
    url = new URL(target);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (app.protocol === 'file:') {
    const folder = app.pathname.slice(0, app.pathname.lastIndexOf('/') + 1);
    return url.protocol === 'file:' && url.host === '' && url.pathname.startsWith(folder) && !url.pathname.includes('..');
  }
  return url.origin === app.origin;
}

/** True when a link may be handed to the operating system's browser. */
export function mayOpenExternally(target: string): boolean {
  try {
    return new URL(target).protocol === 'https:';
  } catch {
    return false;
  }
}
