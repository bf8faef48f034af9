// A local "Amazon": HTTPS on 127.0.0.1 with a test-time self-signed cert, URL → fixture routes,
// a request log, CAPTCHA/sign-in injection, and an allow-listing CONNECT proxy for Firefox.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https'
import { connect, createServer as createTcpServer, type Server as TcpServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MARKETPLACES } from '../../src/core/locale/marketplaces.ts'

/** Every storefront host; the certificate carries one SAN per host. */
export const STOREFRONT_HOSTS: readonly string[] = MARKETPLACES.map((m) => m.host)

export const PAGES_DIR = new URL('./pages/', import.meta.url).pathname

/** platform.md §6.2 / SEC6: the CSP + Trusted Types policy badges must survive. */
export const HOSTILE_CSP = "default-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'"

export interface RequestLogEntry {
  /** ms since epoch at arrival */
  at: number
  method: string
  host: string
  /** path + query */
  url: string
  status: number
  /** requests in flight at arrival, this one included */
  concurrency: number
  /** what answered: a fixture path, 'inline', 'captcha', 'signin' or 'not-found' */
  servedBy: string
}

export interface ProxyLogEntry {
  at: number
  /** `host:port` of a CONNECT, or the absolute URL of a plain HTTP request */
  target: string
  method: string
}

export interface Route {
  /** fixture file (absolute path) */
  file?: string
  /** inline HTML, for a test's ad-hoc page (instead of `file`) */
  body?: string
  status?: number
  headers?: Record<string, string>
  /** serve with HOSTILE_CSP (any routed URL also gets it with `?unordered-csp=hostile`) */
  hostileCsp?: boolean
}

export type Injection = 'captcha' | 'signin'

export interface FakeAmazon {
  /** HTTPS port on 127.0.0.1 */
  port: number
  /** CONNECT proxy port on 127.0.0.1 (Firefox) */
  proxyPort: number
  hosts: readonly string[]
  requests: RequestLogEntry[]
  proxyLog: { allowed: ProxyLogEntry[]; denied: ProxyLogEntry[] }
  /** Adds or replaces a route: `https://www.amazon.de/your-orders/orders` → file. Query strings match exactly when routed with one, else are ignored. */
  route(url: string, route: Route | string): void
  /** The next `count` page requests (any host) answer with a CAPTCHA interstitial (200) or a redirect to sign-in. */
  inject(kind: Injection, count?: number): void
  close(): Promise<void>
}

export interface FakeAmazonOptions {
  hosts?: readonly string[]
  routes?: Record<string, Route | string>
}

/** The default routes: a synthetic order list on every storefront at both list paths. */
export function defaultRoutes(hosts: readonly string[] = STOREFRONT_HOSTS): Record<string, Route> {
  const routes: Record<string, Route> = {}
  for (const host of hosts) {
    routes[`https://${host}/your-orders/orders`] = { file: join(PAGES_DIR, 'order-list.html') }
    routes[`https://${host}/gp/css/order-history`] = { file: join(PAGES_DIR, 'order-list.html') }
    routes[`https://${host}/gp/your-account/order-history`] = { file: join(PAGES_DIR, 'order-list.html'), hostileCsp: true }
  }
  return routes
}

/** Writes a self-signed certificate with one SAN per host into a fresh temp dir (openssl CLI). */
export function makeCertificate(hosts: readonly string[]): { cert: Buffer; key: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'unordered-cert-'))
  try {
    const san = hosts.map((h) => `DNS:${h}`).join(',')
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
      '-days', '30', '-subj', `/CN=${hosts[0]}`, '-addext', `subjectAltName=${san}`,
    ], { stdio: 'pipe' })
    return { cert: readFileSync(join(dir, 'cert.pem')), key: readFileSync(join(dir, 'key.pem')) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function routeKey(host: string, pathAndQuery: string): string {
  return `${host.toLowerCase()}${pathAndQuery}`
}

/** Starts the HTTPS server and the proxy; both listen on 127.0.0.1 only. */
export async function startFakeAmazon(options: FakeAmazonOptions = {}): Promise<FakeAmazon> {
  const hosts = options.hosts ?? STOREFRONT_HOSTS
  const hostSet = new Set(hosts.map((h) => h.toLowerCase()))
  const routes = new Map<string, Route>()
  const requests: RequestLogEntry[] = []
  const proxyLog = { allowed: [] as ProxyLogEntry[], denied: [] as ProxyLogEntry[] }
  const pending: Injection[] = []
  let inFlight = 0

  const route = (url: string, r: Route | string) => {
    const u = new URL(url)
    routes.set(routeKey(u.hostname, u.pathname + u.search), typeof r === 'string' ? { file: r } : r)
  }
  for (const [url, r] of Object.entries(options.routes ?? defaultRoutes(hosts))) route(url, r)

  const { cert, key } = makeCertificate(hosts)
  const server: HttpsServer = createHttpsServer({ cert, key }, (req, res) => {
    inFlight++
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase()
    const url = req.url ?? '/'
    const entry: RequestLogEntry = { at: Date.now(), method: req.method ?? 'GET', host, url, status: 0, concurrency: inFlight, servedBy: '' }
    requests.push(entry)
    res.on('close', () => inFlight--)
    const send = (status: number, body: string | Buffer, servedBy: string, headers: Record<string, string> = {}) => {
      entry.status = status
      entry.servedBy = servedBy
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...headers })
      res.end(body)
    }
    if (!hostSet.has(host)) return send(421, 'unknown host', 'not-found')
    const path = url.split('?')[0]!
    const r = routes.get(routeKey(host, url)) ?? routes.get(routeKey(host, path))
    if (!r && path === '/ap/signin') return send(200, readFileSync(join(PAGES_DIR, 'signin.html')), 'signin')
    if (!r && path === '/errors/validateCaptcha') return send(200, readFileSync(join(PAGES_DIR, 'captcha.html')), 'captcha')
    if (!r) return send(404, '<!doctype html><title>Page Not Found</title><p>Not found</p>', 'not-found')
    const injected = pending.shift()
    // Amazon answers a CAPTCHA with 200 and the interstitial in place of the page (platform.md §7.1).
    if (injected === 'captcha') return send(200, readFileSync(join(PAGES_DIR, 'captcha.html')), 'captcha')
    if (injected === 'signin') {
      const back = encodeURIComponent(`https://${host}${url}`)
      return send(302, '', 'signin', { location: `https://${host}/ap/signin?openid.return_to=${back}` })
    }
    const headers: Record<string, string> = { ...r.headers }
    if (r.hostileCsp || /[?&]unordered-csp=hostile(?:&|$)/.test(url)) headers['content-security-policy'] = HOSTILE_CSP
    send(r.status ?? 200, r.body ?? readFileSync(r.file!), r.file ?? 'inline', headers)
  })

  // Firefox reaches the server through this proxy: only `<test host>:443` is tunnelled.
  const sockets = new Set<Socket>()
  const proxy: TcpServer = createTcpServer((client) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    client.on('error', () => client.destroy())
    let head = ''
    const onData = (chunk: Buffer) => {
      head += chunk.toString('latin1')
      const end = head.indexOf('\r\n\r\n')
      if (end < 0) {
        if (head.length > 16_384) client.destroy()
        return
      }
      client.off('data', onData)
      const [method = '', target = ''] = head.slice(0, head.indexOf('\r\n')).split(' ')
      const at = Date.now()
      const [targetHost = '', targetPort = ''] = target.split(':')
      if (method !== 'CONNECT' || targetPort !== '443' || !hostSet.has(targetHost.toLowerCase())) {
        proxyLog.denied.push({ at, target, method })
        client.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n')
        return
      }
      proxyLog.allowed.push({ at, target, method })
      const upstream = connect(serverPort(), '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
        const rest = Buffer.from(head.slice(end + 4), 'latin1')
        if (rest.length) upstream.write(rest)
        client.pipe(upstream)
        upstream.pipe(client)
      })
      sockets.add(upstream)
      upstream.on('close', () => { sockets.delete(upstream); client.destroy() })
      upstream.on('error', () => client.destroy())
      client.on('close', () => upstream.destroy())
    }
    client.on('data', onData)
  })
  const serverPort = () => (server.address() as { port: number }).port

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve))

  return {
    port: serverPort(),
    proxyPort: (proxy.address() as { port: number }).port,
    hosts,
    requests,
    proxyLog,
    route,
    inject(kind, count = 1) {
      for (let i = 0; i < count; i++) pending.push(kind)
    },
    async close() {
      for (const s of sockets) s.destroy()
      server.closeAllConnections()
      await Promise.all([
        new Promise<void>((resolve) => server.close(() => resolve())),
        new Promise<void>((resolve) => proxy.close(() => resolve())),
      ])
    },
  }
}
