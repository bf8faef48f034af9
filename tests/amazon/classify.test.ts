// Classifier: reference §1.2 rule order, marketplace from the host (all 23), language from <html lang>, /-/xx/ or default.
import { describe, expect, it } from 'vitest'
import { OK_KINDS, classify, detectLanguage } from '../../src/amazon/classify.ts'
import { MARKETPLACES } from '../../src/core/locale/marketplaces.ts'
import { syntheticFixtures } from './synthetic-fixtures.ts'

const page = (body: string, head = '', lang = 'en-us') => `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`
const LIST = 'https://www.amazon.com/your-orders/orders?timeFilter=year-2024'
const CARD = '<div class="order-card js-order-card"><div class="a-box-group"><div class="yohtmlc-order-id"><span dir="ltr">112-1234567-1234567</span></div></div></div>'
const HIDDEN_BANNER = '<div id="problem-displaying-orders-page-banner" class="a-box a-alert a-alert-warning page-banner--hidden-by-default">There\'s a problem displaying your orders right now.</div>'

describe('classify: rule order (reference §1.2)', () => {
  const cases: Array<[string, string, string, string]> = [
    ['akamai meta refresh', page('<iframe></iframe>', '<meta http-equiv="refresh" content="5; URL=\'/?bm-verify=abc\'">'), 'bot-challenge', 'akamai'],
    ['akamai proof-of-work script', page('<script>fetch("/_sec/verify?provider=interstitial",{method:"POST"})</script>'), 'bot-challenge', 'akamai'],
    ['aws waf script', page('', '<script src="https://abc.us-east-2.token.awswaf.com/abc/challenge.js"></script>'), 'bot-challenge', 'aws-waf'],
    ['aws waf inline props', page('<script>window.gokuProps = {"key":"x"}</script>'), 'bot-challenge', 'aws-waf'],
    ['cvf captcha', page('<form class="cvf-widget-form cvf-widget-form-captcha" action="verify"><input name="cvf_captcha_input"></form>'), 'captcha', 'captcha'],
    ['interstitial captcha', page('<form action="/errors/validateCaptcha"><input id="captchacharacters"></form>'), 'captcha', 'captcha'],
    ['sign-in captcha image', page('<form name="signIn"><img id="auth-captcha-image" src="x"></form>'), 'captcha', 'captcha'],
    ['waf grid captcha', page('<script>acic.setupACIC({"data-mode":"WAF_ADVERSARIAL_SYNTHETIC_GRID_LEVEL_1"})</script>'), 'captcha', 'captcha'],
    ['mfa', page('<form id="auth-mfa-form"><input id="auth-mfa-otpcode" name="otpCode"></form>'), 'mfa', 'mfa'],
    ['cvf otp', page('<form id="verification-code-form"></form>'), 'mfa', 'mfa'],
    ['sign-in form', page('<form name="signIn" action="https://www.amazon.com/ap/signin"><input id="ap_email"></form>'), 'sign-in', 'sign-in'],
    ['error page', page('<img src="https://images-na.ssl-images-amazon.com/images/G/01/error/500_503.png">', '<title>Sorry! Something went wrong!</title>'), 'robot-block', 'error-page'],
    ['encrypted cards', page(`<div class="your-orders-content-container"><div class="order-card js-order-card" data-csa-c-slot-id="amzn1.yourorders.order-card.112-1234567-1234567"><div class="csd-encrypted-sensitive">x</div></div></div>`), 'encrypted', 'csd-encrypted'],
    ['skeleton shell', page(`<div class="your-orders-content-container">${'<div class="orderCardHeaderTitleSkeleton"></div>'.repeat(30)}</div>`), 'skeleton', 'skeleton-shell'],
    ['visible problem banner', page(`<div class="your-orders-content-container"><div id="problem-displaying-orders-page-banner" class="a-box a-alert a-alert-warning">x</div>${CARD}</div>`), 'robot-block', 'problem-banner'],
    ['list with the hidden banner', page(`<div class="your-orders-content-container">${HIDDEN_BANNER}${CARD}</div>`), 'order-list', 'list-container'],
    ['empty list', page(`<div class="your-orders-content-container">${HIDDEN_BANNER}<div>Looks like you didn't place an order in 2023.</div></div>`), 'empty-list', 'list-no-cards'],
    ['list whose cards are not recognised', page('<div class="your-orders-content-container"><div class="new-card"><div class="yohtmlc-order-id">112-1234567-1234567</div></div></div>'), 'order-list', 'list-cards-unrecognised'],
    ['legacy list', page('<div id="ordersContainer"><div class="a-box-group a-spacing-base order"></div></div>'), 'order-list', 'legacy-list-container'],
    ['details', page('<div id="orderDetails"></div>'), 'order-details', 'details-root'],
    ['tracker landmark', page('<div class="pt-delivery-card-trackingId">Tracking ID: TBA123</div>'), 'tracker', 'tracker-landmark'],
    ['nothing known', page('<div>hello</div>'), 'unknown', 'no-landmark'],
  ]
  for (const [what, html, kind, rule] of cases) {
    it(`${what} → ${kind} (${rule})`, () => {
      const c = classify(LIST, html)
      expect(c.kind).toBe(kind)
      expect(c.rule).toBe(rule)
    })
  }

  it('checks challenges before sign-in, sign-in before lists, captcha before the error page', () => {
    const both = page(`<form name="signIn"></form><div class="your-orders-content-container">${CARD}</div>`, '<script src="https://x.token.awswaf.com/y/challenge.js"></script>')
    expect(classify(LIST, both).kind).toBe('bot-challenge')
    expect(classify(LIST, page(`<form name="signIn"></form><div class="your-orders-content-container">${CARD}</div>`)).kind).toBe('sign-in')
    expect(classify(LIST, page('<form action="/errors/validateCaptcha"></form>', '<title>Sorry! Something went wrong!</title>')).kind).toBe('captcha')
  })

  it('the header link to /ap/signin on a normal page does not make it a sign-in page', () => {
    expect(classify(LIST, page(`<a href="/ap/signin?openid.return_to=x">Sign in</a><div class="your-orders-content-container">${CARD}</div>`)).kind).toBe('order-list')
  })

  it('acic.setupACIC alone (on every sign-in page) is not a captcha', () => {
    expect(classify('https://www.amazon.com/ap/signin', page('<form name="signIn"></form><script>acic.setupACIC({"data-mode":"1"})</script>')).kind).toBe('sign-in')
  })

  it('sign-in by path even without a form', () => {
    expect(classify('https://www.amazon.de/ap/signin?openid=x', page('<div></div>')).kind).toBe('sign-in')
    expect(classify('https://www.amazon.de/ax/claim/intent', page('<div></div>')).kind).toBe('sign-in')
  })

  it('tracker, invoice and digital summary by URL', () => {
    expect(classify('https://www.amazon.de/gp/your-account/ship-track?orderId=303-1234567-1234567&shipmentId=abc', page('<div></div>')).kind).toBe('tracker')
    expect(classify('https://www.amazon.com/progress-tracker/package/ref=x?orderId=112-1234567-1234567', page('<div></div>')).kind).toBe('tracker')
    expect(classify('https://www.amazon.com/gp/css/summary/print.html?orderID=112-1234567-1234567', page('<div></div>')).kind).toBe('invoice')
    expect(classify('https://www.amazon.ca/-/fr/your-orders/invoice/popover?orderId=701-1234567-1234567', page('<div></div>')).kind).toBe('invoice')
    expect(classify('https://www.amazon.ca/gp/digital/your-account/order-summary.html?orderID=D01-1234567-1234567', page('<div></div>')).kind).toBe('digital-summary')
  })

  it('invoice and digital summary by their print heading when the URL says nothing', () => {
    expect(classify('https://www.amazon.de/x', page('<b class="h1">Übersicht zur Bestellung # 302-1234567-1234567</b>', '<title>Amazon.de - Bestellung 302-1234567-1234567</title>')).kind).toBe('invoice')
    expect(classify('https://www.amazon.de/x', page('<b class="h1">Details zur Bestellung # D22-1234567-1234567</b>')).kind).toBe('digital-summary')
  })

  it('the OK kinds are exactly the readable ones', () => {
    expect([...OK_KINDS].sort()).toEqual(['digital-summary', 'empty-list', 'invoice', 'order-details', 'order-list', 'tracker'])
  })

  it('never throws on non-HTML input', () => {
    for (const junk of ['', '<', '\u0000\u0001', '<<<>>>', 'x'.repeat(10_000)]) expect(classify(LIST, junk).kind).toBe('unknown')
    expect(classify('not a url', '').marketplace).toBeUndefined()
  })
})

describe('classify: marketplace and language', () => {
  it('names all 23 storefronts from their hosts', () => {
    for (const m of MARKETPLACES) {
      const c = classify(`https://${m.host}/your-orders/orders`, page(`<div class="your-orders-content-container">${CARD}</div>`, '', ''))
      expect(c.marketplace, m.host).toBe(m.id)
      expect(c.language, m.host).toBe(m.defaultLanguage)
    }
  })

  it('names no storefront for look-alike or foreign hosts', () => {
    for (const url of ['https://www.amazon.de.evil.example/', 'https://evil.example/?u=www.amazon.de', 'https://www.amazon.cn/', 'https://smile.amazon.xyz/']) expect(classify(url, page('')).marketplace, url).toBeUndefined()
  })

  it('takes the language from <html lang>, then a /-/xx/ prefix, then the storefront default', () => {
    const ca = 'https://www.amazon.ca/your-orders/orders'
    expect(classify(ca, page('', '', 'fr-ca')).language).toBe('fr')
    expect(classify('https://www.amazon.ca/-/fr/your-orders/orders', page('', '', '')).language).toBe('fr')
    expect(classify(ca, page('', '', '')).language).toBe('en')
    expect(classify('https://www.amazon.de/your-orders/orders', page('', '', 'en-gb')).language).toBe('en')
    expect(classify('https://www.amazon.co.jp/your-orders/orders', page('', '', '')).language).toBe('ja')
    expect(detectLanguage(undefined, undefined)).toBe('en')
  })

  it('classifies every synthetic fixture as its folder says', () => {
    const fixtures = syntheticFixtures()
    expect(fixtures.length).toBeGreaterThan(20)
    for (const f of fixtures) {
      const c = classify(f.url, f.html)
      expect(c.kind, f.name).toBe(f.kind)
      expect(c.marketplace, f.name).toBe(f.marketplace)
    }
  })
})
