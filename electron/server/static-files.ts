/** Serves the built renderer; a path can never climb out of the build folder. */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { ServerResponse } from 'node:http';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/** Resolves a URL path inside `root`, or null when it would leave it. */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const target = resolve(base, '.' + normalize('/' + decoded));
  return target === base || target.startsWith(base + sep) ? target : null;
}

/** Sends a file from the build, falling back to index.html for client-side routes. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  const target = resolveStaticPath(root, urlPath);
  if (!target) {
    res.writeHead(400).end('Bad path');
    return;
  }
  let file = target;
  const info = await stat(file).catch(() => null);
  if (!info || info.isDirectory()) {
    // Unknown paths without an extension are app routes; missing assets are 404s.
    if (extname(urlPath) && !info) {
      res.writeHead(404).end('Not found');
      return;
    }
    file = join(resolve(root), 'index.html');
  }
  const type = MIME[extname(file)] ?? 'application/octet-stream';
  const cache = file.endsWith('index.html') ? 'no-store' : 'public, max-age=31536000, immutable';
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': cache });
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
