// Reads a Chromium --log-net-log file and lists every socket target and URL request, for no-leak proofs.
import { readFileSync } from 'node:fs'

interface NetLogEvent {
  type: number
  phase?: number
  source?: { id: number; type: number }
  params?: Record<string, unknown>
}

export interface NetLogSummary {
  /** `ip:port` of every TCP connect attempt */
  tcpTargets: string[]
  /** `ip:port` of every UDP socket that sent at least one byte */
  udpSendTargets: string[]
  /** every URL a URL request started for */
  urls: string[]
  events: number
}

/** True for 127.0.0.0/8 and ::1 (with or without brackets and port). */
export function isLoopback(address: string): boolean {
  const host = address.startsWith('[') ? address.slice(1, address.indexOf(']')) : address.replace(/:\d+$/, '')
  return /^127\./.test(host) || host === '::1'
}

/** Chromium writes the file incrementally; one cut off by a crash lacks its closing `]}`. */
function parseLenient(text: string): { constants: { logEventTypes: Record<string, number> }; events: NetLogEvent[] } {
  try {
    return JSON.parse(text)
  } catch {
    return JSON.parse(text.trimEnd().replace(/,$/, '') + ']}')
  }
}

/** Summarises a net-log: socket targets (TCP attempts, UDP sockets that sent bytes) and URLs. */
export function readNetLog(path: string): NetLogSummary {
  const log = parseLenient(readFileSync(path, 'utf8'))
  const typeOf = new Map(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]))
  const tcpTargets = new Set<string>()
  const udpAddressBySource = new Map<number, string>()
  const udpSenders = new Set<number>()
  const udpSendTargets = new Set<string>()
  const urls = new Set<string>()
  for (const e of log.events) {
    const name = typeOf.get(e.type)
    const p = e.params ?? {}
    if (name === 'TCP_CONNECT_ATTEMPT' && typeof p.address === 'string') tcpTargets.add(p.address)
    if (name === 'TCP_CONNECT' && Array.isArray(p.address_list)) for (const a of p.address_list) tcpTargets.add(String(a))
    if (name === 'UDP_CONNECT' && typeof p.address === 'string' && e.source) udpAddressBySource.set(e.source.id, p.address)
    if (name === 'UDP_BYTES_SENT' && e.source) {
      udpSenders.add(e.source.id)
      if (typeof p.address === 'string') udpSendTargets.add(p.address)
    }
    if ((name === 'URL_REQUEST_START_JOB' || name === 'REQUEST_ALIVE') && typeof p.url === 'string') urls.add(p.url)
  }
  for (const id of udpSenders) {
    const a = udpAddressBySource.get(id)
    if (a) udpSendTargets.add(a)
  }
  return { tcpTargets: [...tcpTargets], udpSendTargets: [...udpSendTargets], urls: [...urls], events: log.events.length }
}

/** The socket targets that are not loopback: empty means nothing left the machine. */
export function nonLoopbackSockets(summary: NetLogSummary): string[] {
  return [...summary.tcpTargets, ...summary.udpSendTargets].filter((a) => !isLoopback(a))
}
