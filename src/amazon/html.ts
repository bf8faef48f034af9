// The one door to the HTML parser: string → small read-only element tree with a compiled CSS-subset query engine.
//
// Choice by measurement (2026-11, ao_order-history-2024-0.html, 652 KB, Node 20; the parse bench keeps live numbers,
// and its budget is "HTML → typed orders ≤ 2× a bare htmlparser2 tokenizer pass over the same bytes", ≈ 3.5–4 ms):
//   node-html-parser parse, raw bytes                                          ≈ 2.3× bare
//   node-html-parser on bytes with script/style/comment bodies cut (254 KB)    ≈ 1.6× (+0.15× for the cut)
//   htmlparser2 parseDocument + css-select (compiled), realistic queries        ≈ 3×
//   node-html-parser + its querySelectorAll (css-select): whole readPage        ≈ 7×
//   htmlparser2 Parser → this light tree, cut bytes, entities decoded on demand ≈ 1.1× (cut included)
//   htmlparser2 Tokenizer → this light tree (no per-attribute objects)         ≈ 0.9×
//   … and the whole readPage (classify + list parse) on that tree              ≈ 1.3–1.6×
// So: cut inert bodies, build a small tree straight from htmlparser2's Tokenizer with the Parser's tree rules
// (pure JS, no DOM: runs in Chrome's service worker), index elements by class in document order while building
// (tags and ids on first use), decode entities only in values that are read, and answer queries with the
// compiled selector subset below by walking only index candidates inside the scope.
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode'
import { Tokenizer } from 'htmlparser2'

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

// Script bodies we keep: AUI state blobs (the tracker's `page-state` JSON) and JSON data scripts.
function keepsBody(attrs: string): boolean {
  return /data-a-state|application\/(?:ld\+)?json/i.test(attrs)
}

/**
 * Where the end tag `</tag` (any case, then whitespace, `/` or `>`) that closes a raw-text element starts and ends.
 * indexOf over `</` is about three times faster than a case-insensitive regular expression on a 650 KB page.
 */
function endTagAt(html: string, tag: string, from: number): { start: number; end: number } | undefined {
  for (let i = html.indexOf('</', from); i >= 0; i = html.indexOf('</', i + 2)) {
    if (html.substr(i + 2, tag.length).toLowerCase() !== tag) continue
    const next = html.charCodeAt(i + 2 + tag.length)
    if (next !== 62 /* > */ && next !== 47 /* / */ && !isSpace(next)) continue
    const close = html.indexOf('>', i + 2 + tag.length)
    return close < 0 ? undefined : { start: i, end: close + 1 }
  }
  return undefined
}

/**
 * Removes comments and the bodies of `<script>`/`<style>` elements (the tags stay, so `script[src*=…]`
 * still matches). Linear time even on hostile input: a missing closer stops the cut there.
 */
export function cutInertBodies(html: string): string {
  let out = ''
  let last = 0
  OPENER.lastIndex = 0
  for (let m = OPENER.exec(html); m !== null; m = OPENER.exec(html)) {
    const start = m.index
    if (m[0] === '<!--') {
      const end = html.indexOf('-->', start + 4)
      if (end < 0) break
      out += html.slice(last, start)
      last = end + 3
      OPENER.lastIndex = last
      continue
    }
    const close = endTagAt(html, m[1]!.toLowerCase(), OPENER.lastIndex)
    if (close === undefined) break
    if (!keepsBody(m[2] ?? '')) {
      out += html.slice(last, OPENER.lastIndex)
      last = close.start
    }
    OPENER.lastIndex = close.end
  }
  return out + html.slice(last)
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

interface Node {
  tag: string
  /** Attributes as a flat list: name, value, name, value… (names lower-case, values as written). */
  attrs: readonly string[]
  parent: Node | undefined
  /** Children, created on the first one (most leaves have none). */
  kids: Array<Node | string> | undefined
  /** Position in document order (the synthetic root is -1). */
  idx: number
  /** Position of the last descendant; `idx` when there is none. */
  end: number
  /** The class attribute as written ('' when absent): tokens are tested in place, without splitting into arrays. */
  classes: string
  /** Attribute values with entities decoded, for the few attributes that had any and were read. */
  decoded?: Map<string, string>
  /** The public wrapper, created on first use. */
  wrapper?: HtmlElement & Element
}

interface Index {
  all: Node[]
  byId: Map<string, Node[]>
  byClass: Map<string, Node[]>
  byTag: Map<string, Node[]>
  tagsBuilt: boolean
  idsBuilt: boolean
}

const NO_ATTRS: readonly string[] = []

// A flat list instead of an object: no prototype members (`constructor`, `__proto__`) can pose as attributes.
function ownAttr(n: Node, name: string): string | undefined {
  const a = n.attrs
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1]
  return undefined
}

// Entities are decoded on demand, not while parsing: decoding every text run and attribute cost about a fifth of a
// bare tokenizer pass, and only a few values are ever read (parse bench, decodeEntities on vs off).
function attrValue(n: Node, name: string): string | undefined {
  const raw = ownAttr(n, name)
  if (raw === undefined || !raw.includes('&')) return raw
  const cache = (n.decoded ??= new Map())
  let v = cache.get(name)
  if (v === undefined) {
    v = decodeHTMLAttribute(raw)
    cache.set(name, v)
  }
  return v
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13
}

/** True when `token` is one of the whitespace-separated tokens of `list`. */
function hasToken(list: string, token: string): boolean {
  for (let at = list.indexOf(token); at >= 0; at = list.indexOf(token, at + 1)) {
    const end = at + token.length
    if ((at === 0 || isSpace(list.charCodeAt(at - 1))) && (end === list.length || isSpace(list.charCodeAt(end)))) return true
  }
  return false
}

/** Calls `each` for every whitespace-separated token of `list`. */
function eachToken(list: string, each: (token: string) => void): void {
  let start = -1
  for (let i = 0; i <= list.length; i++) {
    const space = i === list.length || isSpace(list.charCodeAt(i))
    if (space) {
      if (start >= 0) each(list.slice(start, i))
      start = -1
    } else if (start < 0) start = i
  }
}

function matchesCompound(n: Node, c: Compound): boolean {
  if (c.tag !== undefined && n.tag !== c.tag) return false
  if (c.id !== undefined && ownAttr(n, 'id') !== c.id) return false
  for (const cls of c.classes) if (!hasToken(n.classes, cls)) return false
  for (const a of c.attrs) {
    const v = attrValue(n, a.name)
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

function matchesFrom(n: Node, cx: Complex, i: number): boolean {
  if (!matchesCompound(n, cx.compounds[i]!)) return false
  if (i === cx.compounds.length - 1) return true
  if (cx.combinators[i] === '>') {
    const p = n.parent
    return p !== undefined && p.idx >= 0 && matchesFrom(p, cx, i + 1)
  }
  for (let p = n.parent; p && p.idx >= 0; p = p.parent) if (matchesFrom(p, cx, i + 1)) return true
  return false
}

function matchesCompiled(n: Node, compiled: Compiled): boolean {
  for (const cx of compiled) if (matchesFrom(n, cx, 0)) return true
  return false
}

// Amazon's AUI utility classes (`a-row`, `a-column`, `a-size-base`, `a-spacing-*` …) sit on most elements: indexing
// them cost more than scanning the few hundred elements of a card when a selector names only such classes.
function indexedClass(c: string): boolean {
  return !(c.charCodeAt(0) === 97 /* a */ && c.charCodeAt(1) === 45 /* - */)
}

// Tag and id maps are built on the first tag or id query, in one pass over all elements, instead of while parsing:
// pages that never need them (most challenge pages) skip the work, the others pay it once (parse bench).
function byTag(index: Index, tag: string): Node[] {
  if (!index.tagsBuilt) {
    for (const n of index.all) push(index.byTag, n.tag, n)
    index.tagsBuilt = true
  }
  return index.byTag.get(tag) ?? []
}

function byId(index: Index, id: string): Node[] {
  if (!index.idsBuilt) {
    for (const n of index.all) {
      const v = ownAttr(n, 'id')
      if (v) push(index.byId, v, n)
    }
    index.idsBuilt = true
  }
  return index.byId.get(id) ?? []
}

// The index list holding every possible match of a compound, smallest first: id, then class, then tag, else all.
function candidates(index: Index, c: Compound): Node[] {
  if (c.id !== undefined) return byId(index, c.id)
  let best: Node[] | undefined
  for (const cls of c.classes) {
    if (!indexedClass(cls)) continue
    const list = index.byClass.get(cls) ?? []
    if (!best || list.length < best.length) best = list
  }
  if (best) return best
  if (c.tag !== undefined) return byTag(index, c.tag)
  return index.all
}

// First position in a document-ordered list whose idx is greater than `after`.
function lowerBound(list: Node[], after: number): number {
  let lo = 0
  let hi = list.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (list[mid]!.idx <= after) lo = mid + 1
    else hi = mid
  }
  return lo
}

function collect(index: Index, scope: Node, compiled: Compiled, firstOnly: boolean): Node[] {
  const found: Node[] = []
  for (const cx of compiled) {
    const list = candidates(index, cx.compounds[0]!)
    for (let i = lowerBound(list, scope.idx); i < list.length; i++) {
      const n = list[i]!
      if (n.idx > scope.end) break
      if (matchesFrom(n, cx, 0)) {
        found.push(n)
        if (firstOnly) break
      }
    }
  }
  if (compiled.length > 1) {
    found.sort((a, b) => a.idx - b.idx)
    // A node matched by two selectors of a list appears once.
    const unique = found.filter((n, i) => i === 0 || found[i - 1] !== n)
    return firstOnly ? unique.slice(0, 1) : unique
  }
  return found
}

// ---------- element wrapper ----------

const INERT_TEXT = new Set(['script', 'style', 'noscript', 'template'])
const RAW_TEXT = new Set(['script', 'style'])
const ASCII_SPACE = /[ \t\n\r\f]+/g

class Element implements HtmlElement {
  readonly tag: string
  constructor(private readonly node: Node, private readonly doc: DocState) {
    this.tag = node.tag
  }
  attr(name: string): string | undefined {
    return attrValue(this.node, name.toLowerCase())
  }
  hasClass(name: string): boolean {
    return hasToken(this.node.classes, name)
  }
  text(): string {
    const parts: string[] = []
    const stack: Array<Node | string> = [this.node]
    while (stack.length > 0) {
      const n = stack.pop()!
      if (typeof n === 'string') {
        parts.push(n)
        continue
      }
      if (n !== this.node && INERT_TEXT.has(n.tag)) continue
      const kids = n.kids
      if (kids) for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!)
    }
    const raw = parts.join('')
    // Script and style bodies are raw text in HTML: entities in them stay as written (the tracker's page-state JSON).
    const decode = raw.includes('&') && !RAW_TEXT.has(this.node.tag)
    return (decode ? decodeHTML(raw) : raw).replace(ASCII_SPACE, ' ').trim()
  }
  query(selector: string): HtmlElement | undefined {
    const n = collect(this.doc.index, this.node, compileSelector(selector), true)[0]
    return n ? this.doc.wrap(n) : undefined
  }
  queryAll(selector: string): HtmlElement[] {
    return collect(this.doc.index, this.node, compileSelector(selector), false).map((n) => this.doc.wrap(n))
  }
  matches(selector: string): boolean {
    return this.node.idx >= 0 && matchesCompiled(this.node, compileSelector(selector))
  }
  closest(selector: string): HtmlElement | undefined {
    const compiled = compileSelector(selector)
    for (let n: Node | undefined = this.node; n && n.idx >= 0; n = n.parent) if (matchesCompiled(n, compiled)) return this.doc.wrap(n)
    return undefined
  }
  parent(): HtmlElement | undefined {
    const p = this.node.parent
    return p && p.idx >= 0 ? this.doc.wrap(p) : undefined
  }
  children(): HtmlElement[] {
    return (this.node.kids ?? []).filter((k): k is Node => typeof k !== 'string').map((n) => this.doc.wrap(n))
  }
}

class DocState {
  constructor(readonly index: Index) {}
  /** The node's one wrapper, kept on the node itself (cheaper than a Map; identity stays stable). */
  wrap(n: Node): Element {
    return (n.wrapper ??= new Element(n, this))
  }
}

const WHITESPACE_ONLY = /^[ \t\n\r\f]*$/
function push(map: Map<string, Node[]>, key: string, n: Node): void {
  const list = map.get(key)
  if (list) list.push(n)
  else map.set(key, [n])
}

// HTML tree-construction rules htmlparser2's Parser applies (its dist/Parser.js), kept here because the tree is built
// straight from its Tokenizer: the Parser's per-attribute objects cost more than the whole index (parse bench).
const FORM_TAGS = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'])
const P_TAG = new Set(['p'])
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p'])
const TABLE_SECTION_TAGS = new Set(['thead', 'tbody'])
const DD_DT_TAGS = new Set(['dd', 'dt'])
const RT_RP_TAGS = new Set(['rt', 'rp'])
const OPEN_IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', P_TAG],
  ['h1', HEADING_TAGS], ['h2', HEADING_TAGS], ['h3', HEADING_TAGS], ['h4', HEADING_TAGS], ['h5', HEADING_TAGS], ['h6', HEADING_TAGS],
  ['select', FORM_TAGS], ['input', FORM_TAGS], ['output', FORM_TAGS], ['button', FORM_TAGS], ['datalist', FORM_TAGS], ['textarea', FORM_TAGS],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', DD_DT_TAGS], ['dt', DD_DT_TAGS],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul']
    .map((t): [string, ReadonlySet<string>] => [t, P_TAG]),
  ['rt', RT_RP_TAGS], ['rp', RT_RP_TAGS], ['tbody', TABLE_SECTION_TAGS], ['tfoot', TABLE_SECTION_TAGS],
])
const VOID_TAGS = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
const FOREIGN_ROOTS = new Set(['math', 'svg'])
const HTML_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title'])

// Builds the tree and its document-order index in one streaming pass over htmlparser2's Tokenizer.
function buildTree(html: string): { root: Node; index: Index } {
  const root: Node = { tag: '', attrs: NO_ATTRS, parent: undefined, kids: undefined, idx: -1, end: -1, classes: '' }
  const index: Index = { all: [], byId: new Map(), byClass: new Map(), byTag: new Map(), tagsBuilt: false, idsBuilt: false }
  const stack: Node[] = [root]
  const foreign: boolean[] = [false]
  let opening: Node | undefined
  let attrs: string[] = []
  let attrName = ''
  let attrValue = ''
  const top = () => stack[stack.length - 1]!
  const addKid = (parent: Node, kid: Node | string) => {
    if (parent.kids) parent.kids.push(kid)
    else parent.kids = [kid]
  }
  const pop = () => {
    const n = stack.pop()!
    n.end = index.all.length - 1
    if (FOREIGN_ROOTS.has(n.tag) || HTML_INTEGRATION.has(n.tag)) foreign.pop()
  }
  const open = (name: string) => {
    const closes = OPEN_IMPLIES_CLOSE.get(name)
    if (closes) while (stack.length > 1 && closes.has(top().tag)) pop()
    const parent = top()
    const node: Node = { tag: name, attrs: NO_ATTRS, parent, kids: undefined, idx: index.all.length, end: index.all.length, classes: '' }
    addKid(parent, node)
    index.all.push(node)
    if (!VOID_TAGS.has(name)) {
      stack.push(node)
      if (FOREIGN_ROOTS.has(name)) foreign.push(true)
      else if (HTML_INTEGRATION.has(name)) foreign.push(false)
    }
    return node
  }
  const finishOpen = () => {
    const node = opening
    opening = undefined
    if (!node) return
    if (attrs.length > 0) node.attrs = attrs
    attrs = []
    const cls = ownAttr(node, 'class') ?? ''
    node.classes = cls
    if (cls !== '') eachToken(cls, (c) => {
      if (indexedClass(c)) push(index.byClass, c, node)
    })
  }
  const tokenizer = new Tokenizer({ decodeEntities: false }, {
    onopentagname(start, end) {
      const name = html.slice(start, end).toLowerCase()
      // A form inside a form is dropped, as browsers and htmlparser2 do.
      if (name === 'form' && stack.some((n) => n.tag === 'form')) return
      opening = open(name)
    },
    onattribname(start, end) {
      attrName = html.slice(start, end).toLowerCase()
      attrValue = ''
    },
    onattribdata(start, end) {
      attrValue += html.slice(start, end)
    },
    onattribentity(cp) {
      attrValue += String.fromCodePoint(cp)
    },
    onattribend() {
      if (!opening) return
      // The first of duplicate attributes wins.
      for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === attrName) return
      attrs.push(attrName, attrValue)
    },
    onopentagend() {
      finishOpen()
    },
    onselfclosingtag() {
      const node = opening
      finishOpen()
      // `<x/>` closes only in SVG and MathML; in HTML the slash is ignored.
      if (node && foreign[foreign.length - 1] && top() === node) pop()
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase()
      if (VOID_TAGS.has(name)) {
        if (name === 'br') open('br')
        return
      }
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.tag !== name) continue
        while (stack.length > i) pop()
        return
      }
      // `</p>` without an open p makes an empty p, as in browsers.
      if (name === 'p') {
        open('p')
        pop()
      }
    },
    ontext(start, end) {
      const text = html.slice(start, end)
      // Whitespace-only runs become one shared space: the slice dies young instead of living in the tree.
      addKid(top(), WHITESPACE_ONLY.test(text) ? ' ' : text)
    },
    ontextentity(cp) {
      addKid(top(), String.fromCodePoint(cp))
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      finishOpen()
      while (stack.length > 1) pop()
    },
    isInForeignContext() {
      return foreign[foreign.length - 1] === true
    },
  })
  tokenizer.write(html)
  tokenizer.end()
  root.end = index.all.length - 1
  return { root, index }
}

/**
 * Parses an HTML string into a read-only tree. Never throws for any string input (the parser recovers from
 * malformed markup); comments and script/style bodies are cut first (see the measurement above).
 */
export function parseHtml(html: string): HtmlDoc {
  const { root, index } = buildTree(cutInertBodies(html))
  const state = new DocState(index)
  const doc = state.wrap(root)
  const htmlEl = byTag(index, 'html')[0]
  const titleEl = byTag(index, 'title')[0]
  return {
    root: doc,
    source: html,
    title: titleEl ? state.wrap(titleEl).text() : '',
    lang: htmlEl ? attrValue(htmlEl, 'lang') : undefined,
  }
}
