// A minimal WebDriver BiDi client over `ws`: commands out as {id, method, params}, replies matched by id.
import WebSocket from 'ws'

interface Pending {
  resolve: (value: unknown) => void
  reject: (error: Error) => void
  method: string
}

type EventHandler = (params: Record<string, unknown>) => void

export class BidiError extends Error {
  constructor(
    readonly method: string,
    readonly error: string,
    message: string,
  ) {
    super(`${method}: ${error}: ${message}`)
  }
}

export class BidiClient {
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly handlers = new Map<string, Set<EventHandler>>()

  private constructor(private readonly ws: WebSocket) {
    ws.on('message', (data) => this.receive(String(data)))
    ws.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`${p.method}: connection closed`))
      this.pending.clear()
    })
  }

  /** Connects to a BiDi endpoint such as `ws://127.0.0.1:PORT/session`. */
  static async connect(url: string): Promise<BidiClient> {
    const ws = new WebSocket(url, { perMessageDeflate: false })
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve())
      ws.once('error', reject)
    })
    return new BidiClient(ws)
  }

  /** Sends one command and resolves with its `result`, or rejects with a BidiError. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    const id = this.nextId++
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method })
      this.ws.send(JSON.stringify({ id, method, params }))
    })
  }

  /** Listens to an event (subscribe first with `session.subscribe`). Returns an unsubscribe function. */
  on(event: string, handler: EventHandler): () => void {
    const set = this.handlers.get(event) ?? new Set()
    set.add(handler)
    this.handlers.set(event, set)
    return () => set.delete(handler)
  }

  close(): void {
    this.ws.close()
  }

  private receive(text: string): void {
    const msg = JSON.parse(text) as {
      type: string
      id?: number
      result?: unknown
      error?: string
      message?: string
      method?: string
      params?: Record<string, unknown>
    }
    if (msg.type === 'event' && msg.method) {
      for (const h of this.handlers.get(msg.method) ?? []) h(msg.params ?? {})
      return
    }
    const p = msg.id === undefined ? undefined : this.pending.get(msg.id)
    if (!p) return
    this.pending.delete(msg.id!)
    if (msg.type === 'success') p.resolve(msg.result)
    else p.reject(new BidiError(p.method, msg.error ?? 'unknown error', msg.message ?? ''))
  }
}
