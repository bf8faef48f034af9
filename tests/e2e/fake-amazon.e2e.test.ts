// The fake Amazon itself, without a browser: routes, request log, injections, hostile CSP, proxy allow-list.
import { request } from 'node:https'
import { connect } from 'node:net'
import { connect as tlsConnect } from 'node:tls'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { HOSTILE_CSP, startFakeAmazon, type FakeAmazon } from './fake-amazon.ts'

let fake: FakeAmazon

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
}

function get(host: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: fake.port, path, servername: host, headers: { host }, rejectUnauthorized: false },
      (res) => {
        let body = ''
        res.on('data', (c) => (body += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    req.end()
  })
}

/** Sends a proxy request head and returns the proxy's status line. */
function proxyStatus(head: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = connect(fake.proxyPort, '127.0.0.1', () => s.write(head))
    s.once('data', (d) => {
      resolve(d.toString().split('\r\n')[0]!)
      s.destroy()
    })
    s.on('error', reject)
  })
}

beforeAll(async () => {
  fake = await startFakeAmazon()
})
afterAll(async () => {
  await fake.close()
})

describe('fake Amazon server', () => {
  test('serves a routed page under its real URL and logs the request', async () => {
    const r = await get('www.amazon.de', '/your-orders/orders?page=2')
    expect(r.status).toBe(200)
    expect(r.body).toContain('Your Orders')
    const entry = fake.requests.at(-1)!
    expect(entry).toMatchObject({ host: 'www.amazon.de', url: '/your-orders/orders?page=2', status: 200, concurrency: 1 })
    expect(entry.servedBy).toMatch(/order-list\.html$/)
  })

  test('serves inline pages added at run time', async () => {
    fake.route('https://www.amazon.it/your-orders/orders?page=9', { body: '<title>inline</title>', status: 503 })
    const r = await get('www.amazon.it', '/your-orders/orders?page=9')
    expect([r.status, r.body]).toEqual([503, '<title>inline</title>'])
    expect((await get('www.amazon.it', '/your-orders/orders?page=8')).status).toBe(200)
  })

  test('answers 404 for unknown paths and 421 for hosts that are not storefronts', async () => {
    expect((await get('www.amazon.com', '/nope')).status).toBe(404)
    expect((await get('aws.amazon.com', '/your-orders/orders')).status).toBe(421)
  })

  test('the certificate names every storefront host', async () => {
    const altNames = await new Promise<string>((resolve, reject) => {
      const s = tlsConnect({ host: '127.0.0.1', port: fake.port, servername: 'www.amazon.co.jp', rejectUnauthorized: false }, () => {
        resolve(s.getPeerCertificate().subjectaltname ?? '')
        s.destroy()
      })
      s.on('error', reject)
    })
    for (const host of fake.hosts) expect(altNames).toContain(`DNS:${host}`)
  })

  test('injects a CAPTCHA interstitial (200) and a sign-in redirect, once each', async () => {
    fake.inject('captcha')
    const captcha = await get('www.amazon.com', '/your-orders/orders')
    expect(captcha.status).toBe(200)
    expect(captcha.body).toContain('validateCaptcha')
    fake.inject('signin')
    const signin = await get('www.amazon.com', '/your-orders/orders')
    expect(signin.status).toBe(302)
    expect(signin.headers.location).toMatch(/^https:\/\/www\.amazon\.com\/ap\/signin\?openid\.return_to=/)
    expect((await get('www.amazon.com', '/ap/signin')).body).toContain('ap_email')
    expect((await get('www.amazon.com', '/your-orders/orders')).body).toContain('Your Orders')
  })

  test('serves the hostile-CSP variant with the Trusted Types header', async () => {
    const r = await get('www.amazon.com', '/gp/your-account/order-history')
    expect(r.headers['content-security-policy']).toBe(HOSTILE_CSP)
    expect((await get('www.amazon.com', '/your-orders/orders')).headers['content-security-policy']).toBeUndefined()
    expect((await get('www.amazon.com', '/your-orders/orders?unordered-csp=hostile')).headers['content-security-policy']).toBe(HOSTILE_CSP)
  })
})

describe('allow-listing CONNECT proxy', () => {
  test('tunnels a storefront host on 443 and refuses everything else', async () => {
    expect(await proxyStatus('CONNECT www.amazon.fr:443 HTTP/1.1\r\nHost: www.amazon.fr:443\r\n\r\n')).toBe('HTTP/1.1 200 Connection Established')
    expect(await proxyStatus('CONNECT www.amazon.fr:80 HTTP/1.1\r\n\r\n')).toBe('HTTP/1.1 403 Forbidden')
    expect(await proxyStatus('CONNECT firefox.settings.services.mozilla.com:443 HTTP/1.1\r\n\r\n')).toBe('HTTP/1.1 403 Forbidden')
    expect(await proxyStatus('GET http://www.amazon.fr/ HTTP/1.1\r\nHost: www.amazon.fr\r\n\r\n')).toBe('HTTP/1.1 403 Forbidden')
    expect(fake.proxyLog.allowed.map((e) => e.target)).toEqual(['www.amazon.fr:443'])
    expect(fake.proxyLog.denied.map((e) => e.target)).toEqual(['www.amazon.fr:80', 'firefox.settings.services.mozilla.com:443', 'http://www.amazon.fr/'])
  })
})
