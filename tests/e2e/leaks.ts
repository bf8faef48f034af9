// No-leak checks shared by e2e tests: what reached the fake Amazon and what the Firefox proxy let through.
import type { FakeAmazon } from './fake-amazon.ts'

/** Requests the fake server saw for hosts that are not storefronts (should be none). */
export function foreignServerRequests(fake: FakeAmazon): string[] {
  const hosts = new Set(fake.hosts)
  return fake.requests.filter((r) => !hosts.has(r.host)).map((r) => `${r.host}${r.url}`)
}

/** CONNECT tunnels the proxy opened to anything but `<storefront>:443` (should be none). */
export function foreignTunnels(fake: FakeAmazon): string[] {
  const allowed = new Set(fake.hosts.map((h) => `${h}:443`))
  return fake.proxyLog.allowed.map((e) => e.target).filter((t) => !allowed.has(t))
}

/** One line for the test log: what was asked for, what was refused. */
export function describeTraffic(fake: FakeAmazon): string {
  const denied = new Map<string, number>()
  for (const e of fake.proxyLog.denied) denied.set(e.target, (denied.get(e.target) ?? 0) + 1)
  const deniedText = [...denied].map(([t, n]) => `${t}×${n}`).join(', ') || 'none'
  return `fake Amazon served ${fake.requests.length} requests (max concurrency ${Math.max(0, ...fake.requests.map((r) => r.concurrency))}); proxy tunnels ${fake.proxyLog.allowed.length}, refused: ${deniedText}`
}
