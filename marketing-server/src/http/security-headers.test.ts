import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEnv, type TestEnv } from '../../test/harness';
import { securityHeaders, trustProxies } from './security-headers';
import { serveWebApp } from './web-app';

/** A Koa app behind our proxy settings that answers with the address and scheme it believes. */
async function echoServer(trustedProxyCount: number) {
  const app = new Koa();
  trustProxies(app, trustedProxyCount);
  app.use(securityHeaders());
  app.use((ctx) => {
    ctx.body = { ip: ctx.ip, secure: ctx.secure };
  });
  const server = http.createServer(app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    get: (headers: Record<string, string>) => fetch(url, { headers }),
    close: () => new Promise((r) => server.close(r)),
  };
}

describe('trusted proxies', () => {
  it('by default a spoofed X-Forwarded-For does not change the client address, nor X-Forwarded-Proto TLS', async () => {
    const s = await echoServer(0);
    try {
      const res = await s.get({ 'x-forwarded-for': '203.0.113.9', 'x-forwarded-proto': 'https' });
      expect(await res.json()).toEqual({ ip: '127.0.0.1', secure: false });
      expect(res.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await s.close();
    }
  });

  it('with one trusted proxy the last hop is the client; a forged earlier entry is ignored', async () => {
    const s = await echoServer(1);
    try {
      const res = await s.get({
        'x-forwarded-for': '198.51.100.1, 203.0.113.9',
        'x-forwarded-proto': 'https',
      });
      expect(await res.json()).toEqual({ ip: '203.0.113.9', secure: true });
      expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    } finally {
      await s.close();
    }
  });
});

describe('inline scripts of a built page are allowed by hash, not by unsafe-inline', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sy-csp-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('hashes each inline script of index.html, and picks up a rebuilt file', async () => {
    const inline = 'document.documentElement.style.fontSize="20px";';
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      `<!doctype html><script>${inline}</script><script defer src="/x/app.js"></script>`,
    );
    const app = new Koa();
    app.use(securityHeaders());
    app.use(serveWebApp({ mountPath: '/x', root: dir, missingHint: '' }));
    const server = http.createServer(app.callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/x/`;
    const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    try {
      const csp = (await fetch(url)).headers.get('content-security-policy')!;
      const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'))!;
      expect(scriptSrc.trim()).toBe(`script-src 'self' ${sha(inline)}`);

      const rebuilt = 'window.x=1;';
      fs.writeFileSync(path.join(dir, 'index.html'), `<!doctype html><script>${rebuilt}</script><p>new</p>`);
      const next = (await fetch(url)).headers.get('content-security-policy')!;
      expect(next).toContain(sha(rebuilt));
      expect(next).not.toContain(sha(inline));
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});

/** A built front end as the builds lay it out, with one inline script like Taro's H5 build. */
function fakeBuild(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `shuyuan-${name}-`));
  fs.writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html><head><script>window.__${name} = 1;</script></head>` +
      `<body><div id="app"></div><script src="./js/app.js"></script></body></html>`,
  );
  fs.mkdirSync(path.join(dir, 'js'));
  fs.writeFileSync(path.join(dir, 'js', 'app.js'), 'void 0;');
  return dir;
}

describe('hardening headers on /h5/, /admin/ and the API (sqlite)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    // The unit suite runs before the front ends are built (CI builds them for the browser suites).
    env = await startEnv('sqlite', { H5_DIR: fakeBuild('h5'), ADMIN_DIR: fakeBuild('admin') });
  });
  afterAll(async () => {
    await env?.close();
  });

  const directive = (csp: string, name: string) =>
    csp
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `));

  for (const page of ['/h5/', '/admin/', '/h5/pages/index/index']) {
    it(`${page}: CSP without inline script, no framing, nosniff, no referrer, no HSTS over plain HTTP`, async () => {
      const res = await fetch(env.url + page, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      const html = await res.text();
      const csp = res.headers.get('content-security-policy')!;
      expect(directive(csp, 'frame-ancestors')).toBe("frame-ancestors 'none'");
      expect(directive(csp, 'object-src')).toBe("object-src 'none'");
      const scriptSrc = directive(csp, 'script-src')!;
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toContain('unsafe-eval');
      // Every inline script the build ships is allowed by its hash (Taro's H5 build has one).
      for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=/.test(attrs) || !body) continue;
        expect(scriptSrc).toContain(`'sha256-${createHash('sha256').update(body).digest('base64')}'`);
      }
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    });
  }

  it('API responses carry nosniff, a no-source CSP and no framing; a spoofed forwarded proto gets no HSTS', async () => {
    const res = await env.api('GET', '/api/v1/openapi.json', { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(directive(res.headers.get('content-security-policy')!, 'default-src')).toBe("default-src 'none'");
    expect(res.headers.get('strict-transport-security')).toBeNull();
    const refused = await env.api('GET', '/api/v1/no-such-route');
    expect(refused.status).toBe(404);
    expect(refused.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('the platform trusts no proxy unless TRUSTED_PROXY_COUNT says so', () => {
    expect(env.platform.app.proxy).toBe(false);
  });
});

describe('TRUSTED_PROXY_COUNT=1 (sqlite)', () => {
  let env: TestEnv;
  beforeAll(async () => {
    env = await startEnv('sqlite', { TRUSTED_PROXY_COUNT: '1' });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('HSTS when our proxy says the request arrived over TLS', async () => {
    const res = await env.api('GET', '/healthz', { headers: { 'x-forwarded-proto': 'https' } });
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
    expect(env.platform.app.maxIpsCount).toBe(1);
  });
});
