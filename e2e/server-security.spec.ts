/** Server mode's access rules, checked over real HTTP against a running server. */
import { request as httpRequest } from 'node:http';
import { test, expect } from './fixtures';

test.use({ suite: 'server-security' });

interface Reply {
  status: number;
  body: string;
}

function send(url: string, path: string, options: { method?: string; headers?: Record<string, string>; body?: string }): Promise<Reply> {
  const target = new URL(path, url);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: target.hostname, port: target.port, path: target.pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

test('a channel without the token answers 401', async ({ app }) => {
  const reply = await send(app.server.url, '/api/entities.types', { method: 'POST', body: '{}' });
  expect(reply.status).toBe(401);
  expect(JSON.parse(reply.body).error.code).toBe('UNAUTHORIZED');
});

test('a foreign Host header answers 403 even with the token', async ({ app }) => {
  const reply = await send(app.server.url, '/api/entities.types', {
    method: 'POST',
    headers: { Host: 'attacker.example:80', Authorization: `Bearer ${app.server.token}` },
    body: '{}',
  });
  expect(reply.status).toBe(403);
});

test('a foreign Origin answers 403 even with the token', async ({ app }) => {
  const reply = await send(app.server.url, '/api/entities.types', {
    method: 'POST',
    headers: { Origin: 'http://attacker.example', Authorization: `Bearer ${app.server.token}` },
    body: '{}',
  });
  expect(reply.status).toBe(403);
});

test('an input failing its schema answers VALIDATION naming the field, and writes nothing', async ({ app }) => {
  const auth = { Authorization: `Bearer ${app.server.token}`, 'Content-Type': 'application/json' };
  const before = await send(app.server.url, '/api/entities.types', { method: 'POST', headers: auth, body: '{}' });
  const reply = await send(app.server.url, '/api/entities.create', {
    method: 'POST',
    headers: auth,
    body: JSON.stringify({ type: 'Person', data: 'not an object' }),
  });
  expect(reply.status).toBe(400);
  const error = JSON.parse(reply.body).error;
  expect(error.code).toBe('VALIDATION');
  expect(error.issues[0].path).toEqual(['data']);
  const after = await send(app.server.url, '/api/entities.types', { method: 'POST', headers: auth, body: '{}' });
  expect(after.body).toBe(before.body);
});

test('static paths cannot climb out of the build folder', async ({ app }) => {
  const cookie = { Cookie: `studio_token=${app.server.token}` };
  const reply = await send(app.server.url, '/..%2f..%2fpackage.json', { headers: cookie });
  expect(reply.body).not.toContain('"devDependencies"');
});
