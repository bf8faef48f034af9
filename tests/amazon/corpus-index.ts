// The shared real-page corpus, read in place: file → the URL it was served at and the kind it must classify as.
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { PageKind } from '../../src/amazon/classify.ts'

/** `../shared/fixtures/amazon-pages/` relative to the project root; may be absent. */
export const CORPUS_DIR = fileURLToPath(new URL('../../../shared/fixtures/amazon-pages/', import.meta.url))

export function corpusPresent(): boolean {
  return existsSync(`${CORPUS_DIR}MANIFEST.tsv`)
}

export interface CorpusPage {
  /** Name used for expected files: the corpus file, plus `#list` etc. for the azad bundles. */
  name: string
  file: string
  url: string
  kind: PageKind
  /** For azad bundles: which HTML field of the JSON. */
  field?: 'list_html' | 'detail_html' | 'invoice_html'
  /** The capture day, from the MANIFEST month: resolves "Arriving tomorrow" and year-less dates. */
  captured?: string
}

const COM = 'https://www.amazon.com'
const CA = 'https://www.amazon.ca'

// URLs follow the MANIFEST (source paths and captured queries); where a capture has no recorded URL,
// the canonical URL of its page kind (reference §2) is used.
export const CORPUS_PAGES: readonly CorpusPage[] = [
  { name: 'ao_500.html', file: 'ao_500.html', url: `${COM}/your-orders/orders`, kind: 'robot-block' },
  { name: 'ao_order-details-111-6778632-7354601.html', file: 'ao_order-details-111-6778632-7354601.html', url: `${COM}/gp/your-account/order-details?orderID=111-6778632-7354601`, kind: 'order-details' },
  { name: 'ao_order-details-112-0399923-3070642.html', file: 'ao_order-details-112-0399923-3070642.html', url: `${COM}/gp/your-account/order-details?orderID=112-0399923-3070642`, kind: 'order-details' },
  // A digital order's details URL redirects to the order search page: the landmarks say list, not the URL.
  { name: 'ao_order-details-112-9087159-1657009.html', file: 'ao_order-details-112-9087159-1657009.html', url: `${COM}/gp/your-account/order-details?orderID=112-9087159-1657009`, kind: 'order-list' },
  { name: 'ao_order-details-112-9685975-5907428.html', file: 'ao_order-details-112-9685975-5907428.html', url: `${COM}/gp/your-account/order-details?orderID=112-9685975-5907428`, kind: 'order-details' },
  { name: 'ao_order-details-114-8722141-6545058.html', file: 'ao_order-details-114-8722141-6545058.html', url: `${COM}/gp/your-account/order-details?orderID=114-8722141-6545058`, kind: 'order-details' },
  { name: 'ao_order-details-coupon-savings-multiple.html', file: 'ao_order-details-coupon-savings-multiple.html', url: `${COM}/gp/your-account/order-details?orderID=112-3261350-4201845`, kind: 'order-details' },
  { name: 'ao_order-gift-card-snippet.html', file: 'ao_order-gift-card-snippet.html', url: `${COM}/gp/your-account/order-details?orderID=114-4717286-0499444`, kind: 'order-details' },
  { name: 'ao_order-history-2010-0.html', file: 'ao_order-history-2010-0.html', url: `${COM}/your-orders/orders?timeFilter=year-2010&startIndex=0`, kind: 'order-list' },
  { name: 'ao_order-history-2023-10.html', file: 'ao_order-history-2023-10.html', url: `${COM}/your-orders/orders?timeFilter=year-2023&startIndex=10`, kind: 'order-list' },
  { name: 'ao_order-history-2023-zero-orders.html', file: 'ao_order-history-2023-zero-orders.html', url: `${COM}/your-orders/orders?timeFilter=year-2023`, kind: 'empty-list' },
  { name: 'ao_order-history-2024-0.html', file: 'ao_order-history-2024-0.html', url: `${COM}/your-orders/orders`, kind: 'order-list' },
  { name: 'ao_order-history-amazon-store.html', file: 'ao_order-history-amazon-store.html', url: `${COM}/your-orders/orders`, kind: 'order-list' },
  { name: 'ao_order-history-canceled-order.html', file: 'ao_order-history-canceled-order.html', url: `${COM}/your-orders/orders?timeFilter=months-3`, kind: 'order-list' },
  { name: 'ao_order-history-egift.html', file: 'ao_order-history-egift.html', url: `${COM}/your-orders/orders`, kind: 'order-list' },
  { name: 'ao_order-history-fresh.html', file: 'ao_order-history-fresh.html', url: `${COM}/your-orders/orders`, kind: 'order-list' },
  { name: 'ao_post-signin-captcha-1.html', file: 'ao_post-signin-captcha-1.html', url: `${COM}/ap/cvf/request`, kind: 'captcha' },
  { name: 'ao_post-signin-captcha-2.html', file: 'ao_post-signin-captcha-2.html', url: `${COM}/errors/validateCaptcha`, kind: 'captcha' },
  { name: 'ao_post-signin-js-bot-challenge.html', file: 'ao_post-signin-js-bot-challenge.html', url: `${COM}/ap/signin`, kind: 'bot-challenge' },
  { name: 'ao_post-signin-mfa.html', file: 'ao_post-signin-mfa.html', url: `${COM}/ap/signin`, kind: 'mfa' },
  { name: 'ao_signin.html', file: 'ao_signin.html', url: `${COM}/ap/signin`, kind: 'sign-in' },
  { name: 'ao_transactions-in-progress.html', file: 'ao_transactions-in-progress.html', url: `${COM}/cpe/yourpayments/transactions`, kind: 'unknown' },
  { name: 'ao_waf-challenge.html', file: 'ao_waf-challenge.html', url: `${COM}/your-orders/orders`, kind: 'bot-challenge' },
  { name: 'aoca_order-history_0.html', file: 'aoca_order-history_0.html', url: `${CA}/your-orders/orders`, kind: 'order-list' },
  { name: 'aoca_order-summary-D01-4163891-0896264.html', file: 'aoca_order-summary-D01-4163891-0896264.html', url: `${CA}/gp/digital/your-account/order-summary.html?orderID=D01-4163891-0896264`, kind: 'digital-summary' },
  { name: 'aoca_orders_24.html', file: 'aoca_orders_24.html', url: `${CA}/your-orders/orders?timeFilter=year-2024&startIndex=240`, kind: 'order-list' },
  { name: 'aoca_signin_0.html', file: 'aoca_signin_0.html', url: `${CA}/ap/signin`, kind: 'sign-in' },
  { name: 'bi_166-7926740-5141621.html', file: 'bi_166-7926740-5141621.html', url: `${COM}/gp/css/summary/print.html?orderID=166-7926740-5141621`, kind: 'invoice' },
  { name: 'bi_de_DE_142-4912939-2196263.html', file: 'bi_de_DE_142-4912939-2196263.html', url: 'https://www.amazon.de/gp/css/summary/print.html?orderID=142-4912939-2196263', kind: 'invoice' },
  { name: 'bi_de_DE_D22-9220967-2566135.html', file: 'bi_de_DE_D22-9220967-2566135.html', url: 'https://www.amazon.de/gp/digital/your-account/order-summary.html?orderID=D22-9220967-2566135', kind: 'digital-summary' },
  { name: 'rm_recap_orderrecap.html', file: 'rm_recap_orderrecap.html', url: `${CA}/-/fr/gp/your-account/order-details?orderID=701-5875342-9445832&ref_=ppx_printOD`, kind: 'order-details' },
  { name: 'rosch_akamai_interstitial.html', file: 'rosch_akamai_interstitial.html', url: 'https://www.amazon.de/gp/your-account/order-history', kind: 'bot-challenge' },
]

/** The azad bundles: list, details and invoice HTML with the URLs azad recorded. */
export const AZAD_BUNDLES = [
  'az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json',
  'az_amazon.co.uk_input_D01-8755888-0539825_2019-11-01.json',
  'az_amazon.com_input_002-9651082-1715432_2019-11-02.json',
  'az_amazon.com_input_112-1620771-4384234_2019-11-18.json',
] as const

interface AzadBundle { id: string; list_url: string; detail_url: string; invoice_url: string; list_html: string; detail_html: string; invoice_html: string }

export function readAzadBundle(file: string): AzadBundle {
  return JSON.parse(readFileSync(`${CORPUS_DIR}${file}`, 'utf8')) as AzadBundle
}

// Capture months from MANIFEST.tsv (reference §8.1); the day is a plausible one after the newest order on the page.
const CAPTURED: Record<string, string> = {
  'ao_order-history-amazon-store.html': '2025-04-07',
  'ao_order-history-canceled-order.html': '2025-07-20',
  'ao_order-history-fresh.html': '2025-01-10',
  'ao_order-history-egift.html': '2025-02-10',
  'ao_order-history-2024-0.html': '2024-11-15',
  'aoca_order-history_0.html': '2025-06-10',
  'aoca_orders_24.html': '2025-06-10',
  'rm_recap_orderrecap.html': '2025-12-16',
}
const DEFAULT_CAPTURED = '2025-06-15'

// The kinds of the azad bundles' detail and invoice HTML (the 112-… bundle's detail HTML is a list page: capture bug).
const BUNDLE_KINDS: Record<string, { detail_html: PageKind; invoice_html: PageKind | undefined }> = {
  'az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json': { detail_html: 'order-details', invoice_html: 'invoice' },
  'az_amazon.co.uk_input_D01-8755888-0539825_2019-11-01.json': { detail_html: 'digital-summary', invoice_html: 'digital-summary' },
  'az_amazon.com_input_002-9651082-1715432_2019-11-02.json': { detail_html: 'order-details', invoice_html: 'invoice' },
  'az_amazon.com_input_112-1620771-4384234_2019-11-18.json': { detail_html: 'order-list', invoice_html: undefined },
}

/** Every corpus page with its HTML, the azad bundles' list, detail and invoice pages included. */
export function loadCorpus(): Array<CorpusPage & { html: string; captured: string }> {
  const pages = CORPUS_PAGES.map((p) => ({ ...p, html: readFileSync(`${CORPUS_DIR}${p.file}`, 'utf8'), captured: CAPTURED[p.file] ?? DEFAULT_CAPTURED }))
  for (const file of AZAD_BUNDLES) {
    const b = readAzadBundle(file)
    const captured = '2019-11-20'
    pages.push({ name: `${file}#list`, file, url: b.list_url, kind: 'order-list', field: 'list_html', html: b.list_html, captured })
    pages.push({ name: `${file}#detail`, file, url: b.detail_url, kind: BUNDLE_KINDS[file]!.detail_html, field: 'detail_html', html: b.detail_html, captured })
    const invoiceKind = BUNDLE_KINDS[file]!.invoice_html
    // The 112-… bundle recorded no invoice URL ("N/A").
    if (invoiceKind) pages.push({ name: `${file}#invoice`, file, url: b.invoice_url, kind: invoiceKind, field: 'invoice_html', html: b.invoice_html, captured })
  }
  return pages
}
