// The HTML adapter: tree rules identical to htmlparser2's Parser, lazy entity decoding, the selector subset.
import { readFileSync } from 'node:fs'
import { parseDocument } from 'htmlparser2'
import { describe, expect, it } from 'vitest'
import { compileSelector, cutInertBodies, parseHtml, type HtmlElement } from '../../src/amazon/html.ts'
import { CORPUS_DIR, corpusPresent } from './corpus-index.ts'
import { syntheticFixtures } from './synthetic-fixtures.ts'

interface DomLike { type: string; name?: string; attribs?: Record<string, string>; children?: DomLike[] }

/** Element outline `tag.parentIndex` in document order, from htmlparser2's own DOM. */
function referenceOutline(html: string): string[] {
  const out: string[] = []
  const walk = (n: DomLike, parent: number) => {
    for (const c of n.children ?? []) {
      if (c.type !== 'tag' && c.type !== 'script' && c.type !== 'style') continue
      const me = out.length
      out.push(`${c.name!.toLowerCase()}<${parent}`)
      walk(c, me)
    }
  }
  walk(parseDocument(cutInertBodies(html), { decodeEntities: false, lowerCaseTags: true }) as unknown as DomLike, -1)
  return out
}

function ourOutline(html: string): string[] {
  const out: string[] = []
  const ids = new Map<HtmlElement, number>()
  const walk = (el: HtmlElement, parent: number) => {
    for (const c of el.children()) {
      const me = out.length
      ids.set(c, me)
      out.push(`${c.tag}<${parent}`)
      walk(c, me)
    }
  }
  walk(parseHtml(html).root, -1)
  return out
}

describe('tree rules match htmlparser2', () => {
  const snippets = [
    '<p>a<p>b<div>c</div>',
    '<ul><li>a<li>b</ul><table><tr><td>1<td>2<tr><td>3</table>',
    '<select><option>a<option>b</select><input><br/><img src=x>',
    '<form><form><input></form></form><div>after</div>',
    '</p><div></br></div>',
    '<svg><path d="M0"/><circle/></svg><span/>x</span>',
    '<a href=1><a href=2>x</a></a><h1><h2>y</h2></h1>',
    '<div><span><b>unclosed<i>more</div><p>next',
    '<dl><dt>a<dd>b<dt>c</dl><ruby>x<rt>y<rp>z</ruby>',
  ]
  for (const html of snippets) {
    it(html, () => {
      expect(ourOutline(html)).toEqual(referenceOutline(html))
    })
  }

  it('on every synthetic fixture', () => {
    for (const f of syntheticFixtures()) expect(ourOutline(f.html), f.name).toEqual(referenceOutline(f.html))
  })

  it.skipIf(!corpusPresent())('on real corpus pages (issue 4)', () => {
    for (const f of ['ao_order-history-2024-0.html', 'ao_order-details-114-8722141-6545058.html', 'rm_recap_orderrecap.html', 'ao_signin.html', 'bi_de_DE_142-4912939-2196263.html']) {
      const html = readFileSync(`${CORPUS_DIR}${f}`, 'utf8')
      expect(ourOutline(html), f).toEqual(referenceOutline(html))
    }
  })
})

describe('values', () => {
  const doc = parseHtml('<html lang="fr-CA"><head><title> A &amp; B </title></head><body><a id="x" href="/p?a=1&amp;b=2&copy=3" class=" one  two " data-x="1" data-x="2">t &lt;b&gt; &eacute;&nbsp;z</a><script data-a-state=\'{"key":"page-state"}\'>{"a":"&amp;"}</script><script>var hidden = 1</script><!-- gone --></body></html>')
  const a = doc.root.query('a')!

  it('decodes entities in text and attributes on demand, with attribute rules (&copy= stays)', () => {
    expect(doc.title).toBe('A & B')
    expect(doc.lang).toBe('fr-CA')
    expect(a.attr('href')).toBe('/p?a=1&b=2&copy=3')
    expect(a.text()).toBe('t <b> é\u00A0z')
  })

  it('keeps the first of duplicate attributes, reads class tokens with any spacing', () => {
    expect(a.attr('data-x')).toBe('1')
    expect(a.hasClass('one') && a.hasClass('two') && !a.hasClass('on')).toBe(true)
    expect(a.attr('constructor')).toBeUndefined()
    expect(a.attr('__proto__')).toBeUndefined()
  })

  it('keeps state scripts raw, empties other scripts and drops comments', () => {
    expect(doc.root.query('script[data-a-state]')!.text()).toBe('{"a":"&amp;"}')
    expect(doc.root.queryAll('script')[1]!.text()).toBe('')
    expect(doc.source.includes('gone')).toBe(true)
    expect(doc.root.text()).not.toContain('gone')
    expect(doc.root.text()).not.toContain('hidden')
  })
})

describe('cutInertBodies', () => {
  it('cuts script, style and comment bodies, any case, and keeps the tags', () => {
    expect(cutInertBodies('a<SCRIPT type="x">1 </div> 2</Script >b<style>p{}</style><!-- c -->d')).toBe('a<SCRIPT type="x"></Script >b<style></style>d')
  })
  it('stops at a missing closer instead of scanning again and again', () => {
    const hostile = '<script>'.repeat(50_000)
    expect(cutInertBodies(hostile)).toBe(hostile)
  })
})

describe('selector subset', () => {
  const d = parseHtml('<div id="a" class="p q"><ul><li class="i" data-x="a b" lang="en-GB">1</li><li><a href="/x?a=1">l</a></li></ul></div><span class="i">s</span>')
  const count = (sel: string) => d.root.queryAll(sel).length

  it('supports type, id, class, attribute operators, descendant and child combinators and lists', () => {
    expect(count('li')).toBe(2)
    expect(count('#a')).toBe(1)
    expect(count('.i')).toBe(2)
    expect(count('div .i')).toBe(1)
    expect(count('div > li')).toBe(0)
    expect(count('ul > li')).toBe(2)
    expect(count('[data-x]')).toBe(1)
    expect(count('[data-x="a b"]')).toBe(1)
    expect(count('[data-x~="b"]')).toBe(1)
    expect(count('[data-x^="a "]')).toBe(1)
    expect(count('[data-x$=" b"]')).toBe(1)
    expect(count('a[href*="a=1"]')).toBe(1)
    expect(count('[lang|="en"]')).toBe(1)
    expect(count('a, .i, #a')).toBe(4)
    expect(d.root.queryAll('span, li').map((e) => e.tag)).toEqual(['li', 'li', 'span'])
  })

  it('answers closest, matches, parent and children', () => {
    const link = d.root.query('a')!
    expect(link.closest('#a')?.attr('id')).toBe('a')
    expect(link.closest('.nothing')).toBeUndefined()
    expect(link.parent()?.tag).toBe('li')
    expect(d.root.query('ul')!.children().map((c) => c.tag)).toEqual(['li', 'li'])
    expect(link.matches('li > a')).toBe(true)
    expect(d.root.query('a') === link).toBe(true)
  })

  it('rejects pseudo-classes and malformed selectors', () => {
    for (const bad of [':has(a)', 'a:not(.b)', 'li:nth-child(2)', '> a', 'a,', '[x', 'a ~ b', 'a + b']) expect(() => compileSelector(bad), bad).toThrow()
  })
})
