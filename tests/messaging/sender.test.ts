// Sender classification (SEC3, PV4): hostile senders are refused, trusted ones classified.
import { describe, expect, it } from 'vitest'
import { classifySender, originOf, senderAllowed, type SenderFields } from '../../src/messaging/sender.ts'

const ID = 'abcdefghijklmnopabcdefghijklmnop'
const EXT = `chrome-extension://${ID}`
const classify = (s: SenderFields | undefined) => classifySender(s, ID, EXT)

const amazonTab: SenderFields = { id: ID, origin: 'https://www.amazon.de', url: 'https://www.amazon.de/your-orders/orders', frameId: 0, tab: { id: 7, incognito: false } }
const popup: SenderFields = { id: ID, origin: EXT, url: `${EXT}/src/popup/index.html` }

describe('classifySender: trusted senders', () => {
  it('content script in a top-frame storefront tab → amazon-tab with the storefront', () => {
    expect(classify(amazonTab)).toEqual({ ok: true, class: 'amazon-tab', tabId: 7, marketplace: 'amazon.de' })
  })
  it('popup (no tab) → extension-page', () => {
    expect(classify(popup)).toEqual({ ok: true, class: 'extension-page', tabId: undefined })
  })
  it('extension page opened in a tab still counts as an extension page (it has sender.tab)', () => {
    expect(classify({ ...popup, tab: { id: 3, incognito: false }, frameId: 0 })).toEqual({ ok: true, class: 'extension-page', tabId: 3 })
  })
  it('a sender without url but with a good origin is judged by origin alone', () => {
    const { url: _url, ...noUrl } = amazonTab
    expect(classify(noUrl)).toMatchObject({ ok: true, class: 'amazon-tab' })
  })
  it('amazon.co.uk and amazon.co.jp storefronts are recognised', () => {
    expect(classify({ ...amazonTab, origin: 'https://www.amazon.co.uk', url: undefined })).toMatchObject({ marketplace: 'amazon.co.uk' })
    expect(classify({ ...amazonTab, origin: 'https://www.amazon.co.jp', url: undefined })).toMatchObject({ marketplace: 'amazon.co.jp' })
  })
})

describe('classifySender: hostile senders (≥ 12 cases)', () => {
  const cases: Array<[string, SenderFields | undefined, string]> = [
    ['no sender at all', undefined, 'foreign-extension'],
    ['foreign extension id', { ...amazonTab, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' }, 'foreign-extension'],
    ['missing id', { ...amazonTab, id: undefined }, 'foreign-extension'],
    ['id of another type', { ...amazonTab, id: 42 as unknown as string }, 'foreign-extension'],
    ['missing origin (Firefox < 126)', { ...amazonTab, origin: undefined }, 'no-origin'],
    ['empty origin', { ...amazonTab, origin: '' }, 'no-origin'],
    ["opaque origin 'null'", { ...amazonTab, origin: 'null' }, 'no-origin'],
    ['incognito Amazon tab', { ...amazonTab, tab: { id: 7, incognito: true } }, 'incognito'],
    ['incognito extension page', { ...popup, tab: { id: 3, incognito: true } }, 'incognito'],
    ['hostile url with a good origin', { ...amazonTab, url: 'https://evil.example/your-orders/orders' }, 'url-mismatch'],
    ['unparsable url', { ...amazonTab, url: 'not a url' }, 'url-mismatch'],
    ['host-less url (about:blank frame) with a storefront origin', { ...amazonTab, url: 'about:blank' }, 'url-mismatch'],
    ['good url, non-Amazon origin', { ...amazonTab, origin: 'https://evil.example' }, 'url-mismatch'],
    ['non-Amazon origin', { ...amazonTab, origin: 'https://evil.example', url: undefined }, 'foreign-origin'],
    ['Amazon look-alike origin', { ...amazonTab, origin: 'https://www.amazon.de.evil.example', url: undefined }, 'foreign-origin'],
    ['Amazon host without www', { ...amazonTab, origin: 'https://amazon.de', url: undefined }, 'foreign-origin'],
    ['Amazon subdomain not a storefront', { ...amazonTab, origin: 'https://sellercentral.amazon.de', url: undefined }, 'foreign-origin'],
    ['http storefront origin', { ...amazonTab, origin: 'http://www.amazon.de', url: undefined }, 'foreign-origin'],
    ['storefront origin with a port', { ...amazonTab, origin: 'https://www.amazon.de:8443', url: undefined }, 'foreign-origin'],
    ['upper-case origin (browsers never stamp it)', { ...amazonTab, origin: 'https://WWW.AMAZON.DE', url: undefined }, 'foreign-origin'],
    ['another extension origin', { ...amazonTab, origin: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: undefined }, 'foreign-origin'],
    ['content script without a tab', { ...amazonTab, tab: undefined }, 'no-tab'],
    ['content script with a tab lacking an id', { ...amazonTab, tab: { incognito: false } }, 'no-tab'],
    ['subframe', { ...amazonTab, frameId: 3 }, 'subframe'],
    ['frameId missing', { ...amazonTab, frameId: undefined }, 'subframe'],
  ]
  it.each(cases)('%s → refused (%s)', (_name, sender, why) => {
    expect(classify(sender)).toEqual({ ok: false, why })
  })
  it('has at least 12 hostile cases', () => expect(cases.length).toBeGreaterThanOrEqual(12))
})

describe('senderAllowed: privileged commands from a content script are refused (SEC4)', () => {
  const tab = classify(amazonTab)
  const page = classify(popup)
  it('an Amazon tab may not send extension-page-only kinds', () => {
    expect(senderAllowed(tab, ['extension-page'])).toBe(false)
    expect(senderAllowed(page, ['extension-page'])).toBe(true)
  })
  it('an extension page may not send amazon-tab-only kinds', () => {
    expect(senderAllowed(page, ['amazon-tab'])).toBe(false)
    expect(senderAllowed(tab, ['amazon-tab', 'extension-page'])).toBe(true)
  })
  it('a refused verdict is allowed nothing', () => {
    expect(senderAllowed(classify(undefined), ['amazon-tab', 'extension-page'])).toBe(false)
  })
})

describe('originOf', () => {
  it('gives scheme://host[:port] for web and extension URLs, nothing for host-less or bad ones', () => {
    expect(originOf('https://www.amazon.de/your-orders/orders?x=1')).toBe('https://www.amazon.de')
    expect(originOf('https://www.amazon.de:443/')).toBe('https://www.amazon.de')
    expect(originOf('https://www.amazon.de:8443/')).toBe('https://www.amazon.de:8443')
    expect(originOf(`${EXT}/src/popup/index.html`)).toBe(EXT)
    expect(originOf('moz-extension://1234-abcd/src/popup/index.html')).toBe('moz-extension://1234-abcd')
    expect(originOf('about:blank')).toBeUndefined()
    expect(originOf('::')).toBeUndefined()
  })
})
