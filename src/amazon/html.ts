// The one door to the HTML parser: string → small read-only element tree with a compiled CSS-subset query engine.
//
// Why node-html-parser plus our own matcher (measured 2026-11 on ao_order-history-2024-0.html, 652 KB, Node 20;
// the parse bench keeps the live numbers):
//   bare htmlparser2 tokenizer (no-op callbacks)                       ≈ 3.5 ms  (the budget's unit)
//   node-html-parser parse, raw bytes                                  ≈ 8.1 ms
//   htmlparser2 parseDocument + css-select (compiled), realistic queries ≈ 11 ms
//   node-html-parser on bytes with script/style/comment bodies cut (254 KB) ≈ 5.2 ms (+0.6 ms for the cut)
//   node-html-parser querySelectorAll (css-select inside), realistic per-card queries ≈ +8 ms
// So: cut inert bodies before parsing, parse with node-html-parser (pure JS, runs in a service worker),
// and answer queries with the small precompiled matcher below instead of css-select.
import { parse, type HTMLElement as NhpElement, type Node as NhpNode } from 'node-html-parser'

/** A read-only element of a parsed page. Identity is stable: the same node always gives the same object. */
export interface HtmlElement {
  /** Lower-case tag name. */
  readonly tag: string
  /** Attribute value with entities decoded, or undefined when absent. */
  attr(name: string): string | undefined
  hasClass(name: string): boolean
  /** Decoded text content with ASCII whitespace runs collapsed to one space, trimmed (NBSP kept). */
  text(): string
  /** First descendant matching the selector (see `compileSelector` for the supported subset). */
  query(selector: string): HtmlElement | undefined
  /** Every descendant matching the selector, in document order. */
  queryAll(selector: string): HtmlElement[]
  matches(selector: string): boolean
  /** This element or its nearest ancestor matching the selector. */
  closest(selector: string): HtmlElement | undefined
  parent(): HtmlElement | undefined
  children(): HtmlElement[]
}

/** A parsed page: its root element, the raw source (for inline-script landmarks) and head facts. */
export interface HtmlDoc {
  readonly root: HtmlElement
  /** The HTML exactly as given, before inert bodies were cut. */
  readonly source: string
  /** `<title>` text, collapsed; '' when absent. */
  readonly title: string
  /** `<html lang>` as written, if any. */
  readonly lang: string | undefined
}

// ---------- cutting inert bodies ----------

const OPENER = /<(script|style)\b([^>]*)>|<!--/gi
const CLOSER: Record<string, RegExp> = { script: /<\/script\s*>/gi, style: /<\/style\s*>/gi }

// Script bodies we keep: AUI state blobs (the tracker's `page-state` JSON) and JSON data scripts.
function keepsBody(attrs: string): boolean {
  return /data-a-state|application\/(?:ld\+)?json/i.test(attrs)
}

/**
 * Removes comments and the bodies of `<script>`/`<style>` elements (the tags stay, so `script[src*=…]`
 * still matches). Linear time even on hostile input: a missing closer stops the cut there.
 */
export function cutInertBodies(html: string): string {
  const out: string[] = []
  let last = 0
  OPENER.lastIndex = 0
  for (let m = OPENER.exec(html); m !== null; m = OPENER.exec(html)) {
    const start = m.index
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', start + 4)
      if (end < 0) break
      out.push(html.slice(last, start))
      last = end + 3
      OPENER.lastIndex = last
      continue
    }
    const tag = m[1]!.toLowerCase()
    const closer = CLOSER[tag]!
    closer.lastIndex = OPENER.lastIndex
    const close = closer.exec(html)
    if (close === null) break
    if (!keepsBody(m[2] ?? '')) {
      out.push(html.slice(last, OPENER.lastIndex))
      last = close.index
    }
    OPENER.lastIndex = close.index + close[0].length
  }
  out.push(html.slice(last))
  return out.join('')
}

// ---------- selector subset ----------

interface AttrTest { name: string; op: '' | '=' | '~=' | '^=' | '$=' | '*=' | '|='; value: string }
interface Compound { tag?: string; id?: string; classes: string[]; attrs: AttrTest[] }
/** Compounds right to left; `combinators[i]` joins compounds[i] to compounds[i+1] (' ' or '>'). */
interface Complex { compounds: Compound[]; combinators: string[] }
type Compiled = Complex[]

const TOKEN = /\s*([>,])\s*|\s+|([a-zA-Z*][\w-]*)|#([\w-]+)|\.([\w-]+)|\[\s*([\w:-]+)\s*(?:([~^$*|]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+))\s*)?\]/y

const compiledCache = new Map<string, Compiled>()

/**
 * Compiles a selector of the supported subset: type, `*`, `#id`, `.class`, `[a]`, `[a=v]`, `[a~=v]`,
 * `[a^=v]`, `[a$=v]`, `[a*=v]`, `[a|=v]`, descendant and `>` combinators, and `,` lists.
 * Pseudo-classes are not supported (STYLE.md §5): an unsupported selector is a programmer error and throws.
 */
export function compileSelector(selector: string): Compiled {
  const cached = compiledCache.get(selector)
  if (cached) return cached
  const list: Compiled = []
  let compounds: Compound[] = []
  let combinators: string[] = []
  let current: Compound | undefined
  let pending: string | undefined
  const flush = () => {
    if (current) {
      if (compounds.length > 0) combinators.push(pending ?? ' ')
      compounds.push(current)
      current = undefined
      pending = undefined
    }
  }
  const text = selector.trim()
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < text.length) {
    const at = TOKEN.lastIndex
    const m = TOKEN.exec(text)
    if (m === null || m[0] === '') throw new Error(`unsupported selector "${selector}" at ${at}`)
    if (m[1] === ',') {
      flush()
      if (compounds.length === 0) throw new Error(`empty selector in "${selector}"`)
      list.push({ compounds: compounds.reverse(), combinators: combinators.reverse() })
      compounds = []
      combinators = []
      continue
    }
    if (m[1] === '>' || (m[0].trim() === '' && m[0] !== '')) {
      if (m[1] === '>' && !current) throw new Error(`dangling '>' in "${selector}"`)
      flush()
      if (m[1] === '>') pending = '>'
      else pending ??= ' '
      continue
    }
    current ??= { classes: [], attrs: [] }
    if (m[2] !== undefined) { if (m[2] !== '*') current.tag = m[2].toLowerCase() }
    else if (m[3] !== undefined) current.id = m[3]
    else if (m[4] !== undefined) current.classes.push(m[4])
    else if (m[5] !== undefined) current.attrs.push({ name: m[5].toLowerCase(), op: (m[6] ?? '') as AttrTest['op'], value: m[7] ?? m[8] ?? m[9] ?? '' })
  }
  flush()
  if (compounds.length === 0) throw new Error(`empty selector "${selector}"`)
  list.push({ compounds: compounds.reverse(), combinators: combinators.reverse() })
  compiledCache.set(selector, list)
  return list
}

function isElement(n: NhpNode): n is NhpElement {
  return n.nodeType === 1
}

function attrOf(n: NhpElement, name: string): string | undefined {
  const v = n.getAttribute(name)
  return v === undefined || v === null ? undefined : v
}

function matchesCompound(n: NhpElement, c: Compound): boolean {
  if (c.tag !== undefined && n.rawTagName.toLowerCase() !== c.tag) return false
  if (c.id !== undefined && n.id !== c.id) return false
  for (const cls of c.classes) if (!n.classList.contains(cls)) return false
  for (const a of c.attrs) {
    const v = attrOf(n, a.name)
    if (v === undefined) return false
    switch (a.op) {
      case '': break
      case '=': if (v !== a.value) return false; break
      case '~=': if (!v.split(/\s+/).includes(a.value)) return false; break
      case '^=': if (a.value === '' || !v.startsWith(a.value)) return false; break
      case '$=': if (a.value === '' || !v.endsWith(a.value)) return false; break
      case '*=': if (a.value === '' || !v.includes(a.value)) return false; break
      case '|=': if (v !== a.value && !v.startsWith(`${a.value}-`)) return false; break
    }
  }
  return true
}

function parentElement(n: NhpElement): NhpElement | undefined {
  const p = n.parentNode as NhpElement | null | undefined
  return p && isElement(p) && p.rawTagName ? p : undefined
}

function matchesFrom(n: NhpElement, cx: Complex, i: number): boolean {
  if (!matchesCompound(n, cx.compounds[i]!)) return false
  if (i === cx.compounds.length - 1) return true
  const comb = cx.combinators[i]
  if (comb === '>') {
    const p = parentElement(n)
    return p !== undefined && matchesFrom(p, cx, i + 1)
  }
  for (let p = parentElement(n); p; p = parentElement(p)) if (matchesFrom(p, cx, i + 1)) return true
  return false
}

function matchesCompiled(n: NhpElement, compiled: Compiled): boolean {
  for (const cx of compiled) if (matchesFrom(n, cx, 0)) return true
  return false
}

function collect(scope: NhpElement, compiled: Compiled, out: NhpElement[], firstOnly: boolean): void {
  // Iterative depth-first walk in document order: hostile pages can nest deeper than the call stack.
  const stack: NhpNode[] = []
  for (let i = scope.childNodes.length - 1; i >= 0; i--) stack.push(scope.childNodes[i]!)
  while (stack.length > 0) {
    const n = stack.pop()!
    if (!isElement(n)) continue
    if (matchesCompiled(n, compiled)) {
      out.push(n)
      if (firstOnly) return
    }
    const kids = n.childNodes
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
  }
}

// ---------- element wrapper ----------

const wrappers = new WeakMap<NhpElement, Element>()

function wrap(n: NhpElement): Element {
  let w = wrappers.get(n)
  if (!w) {
    w = new Element(n)
    wrappers.set(n, w)
  }
  return w
}

const ASCII_SPACE = /[ \t\n\r\f]+/g

class Element implements HtmlElement {
  readonly tag: string
  constructor(private readonly node: NhpElement) {
    this.tag = (node.rawTagName ?? '').toLowerCase()
  }
  attr(name: string): string | undefined {
    return attrOf(this.node, name)
  }
  hasClass(name: string): boolean {
    return this.node.classList.contains(name)
  }
  text(): string {
    return this.node.text.replace(ASCII_SPACE, ' ').trim()
  }
  query(selector: string): HtmlElement | undefined {
    const out: NhpElement[] = []
    collect(this.node, compileSelector(selector), out, true)
    return out[0] ? wrap(out[0]) : undefined
  }
  queryAll(selector: string): HtmlElement[] {
    const out: NhpElement[] = []
    collect(this.node, compileSelector(selector), out, false)
    return out.map(wrap)
  }
  matches(selector: string): boolean {
    return this.node.rawTagName ? matchesCompiled(this.node, compileSelector(selector)) : false
  }
  closest(selector: string): HtmlElement | undefined {
    const compiled = compileSelector(selector)
    for (let n: NhpElement | undefined = this.node.rawTagName ? this.node : undefined; n; n = parentElement(n)) {
      if (matchesCompiled(n, compiled)) return wrap(n)
    }
    return undefined
  }
  parent(): HtmlElement | undefined {
    const p = parentElement(this.node)
    return p ? wrap(p) : undefined
  }
  children(): HtmlElement[] {
    return this.node.childNodes.filter(isElement).map(wrap)
  }
}

/**
 * Parses an HTML string into a read-only tree. Never throws for any string input (the parser recovers from
 * malformed markup); comments and script/style bodies are cut first (see the measurement above).
 */
export function parseHtml(html: string): HtmlDoc {
  const root = parse(cutInertBodies(html), {
    comment: false,
    lowerCaseTagName: false,
    blockTextElements: { script: true, style: true, noscript: true, pre: true },
  })
  const doc = wrap(root)
  const htmlEl = doc.query('html')
  return {
    root: doc,
    source: html,
    title: doc.query('title')?.text() ?? '',
    lang: htmlEl?.attr('lang'),
  }
}
