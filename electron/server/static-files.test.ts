import { describe, expect, it } from 'vitest';
import { resolve, sep } from 'node:path';
import { resolveStaticPath } from './static-files';

const root = resolve('/srv/app/dist');

describe('resolveStaticPath', () => {
  it('maps URL paths inside the build folder', () => {
    expect(resolveStaticPath(root, '/assets/index.js')).toBe(resolve(root, 'assets/index.js'));
    expect(resolveStaticPath(root, '/')).toBe(root);
  });

  it('never leaves the build folder', () => {
    for (const path of ['/../package.json', '/..%2f..%2fetc/passwd', '/assets/../../secret', '/%2e%2e/%2e%2e/x', '/a\\..\\..\\b']) {
      const target = resolveStaticPath(root, path);
      if (target !== null) expect(target === root || target.startsWith(root + sep)).toBe(true);
    }
  });

  it('refuses NUL bytes and broken escapes', () => {
    expect(resolveStaticPath(root, '/index.html%00.png')).toBeNull();
    expect(resolveStaticPath(root, '/%E0%A4%A')).toBeNull();
  });
});
