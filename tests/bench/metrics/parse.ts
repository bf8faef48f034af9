// parse.*: HTML string → typed orders, as a multiple of a bare htmlparser2 tokenizer pass over the same bytes.
//
// Parser choice (the full table is in src/amazon/html.ts): htmlparser2's Tokenizer feeding a light tree,
// on the page with script/style/comment bodies cut and entities decoded on demand, queried by a compiled
// selector subset. node-html-parser (+ its css-select queries) measured ≈ 7× here, htmlparser2 parseDocument +
// css-select ≈ 3×. The ratio is measured in one run, tokenizer and reader alternating, so machine speed cancels out.
import { readFileSync } from 'node:fs'
import { Parser } from 'htmlparser2'
import { readPage } from '../../../src/amazon/read-page.ts'
import { CORPUS_DIR, corpusPresent } from '../../amazon/corpus-index.ts'
import { median, medianMs, type Metric } from '../metric.ts'

const LIST = { file: 'ao_order-history-2024-0.html', url: 'https://www.amazon.com/your-orders/orders' }
const DETAILS = { file: 'ao_order-details-114-8722141-6545058.html', url: 'https://www.amazon.com/gp/your-account/order-details?orderID=114-8722141-6545058' }
const RUNS = 61

function tokenize(html: string): void {
  const p = new Parser({})
  p.write(html)
  p.end()
}

function read(page: { file: string; url: string }, html: string): void {
  const r = readPage(page.url, html, { captured: '2024-11-15' })
  if (r.orders.length === 0) throw new Error(`${page.file}: no orders read`)
}

function readMs(page: { file: string; url: string }): number {
  const html = readFileSync(`${CORPUS_DIR}${page.file}`, 'utf8')
  return medianMs(() => read(page, html), RUNS, 5)
}

// Tokenizer and reader runs alternate, so both medians see the same machine load (other processes share the CPU).
function ratio(page: { file: string; url: string }): number {
  const html = readFileSync(`${CORPUS_DIR}${page.file}`, 'utf8')
  for (let i = 0; i < 5; i++) {
    tokenize(html)
    read(page, html)
  }
  const bare: number[] = []
  const full: number[] = []
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now()
    tokenize(html)
    bare.push(performance.now() - t0)
    t0 = performance.now()
    read(page, html)
    full.push(performance.now() - t0)
  }
  return median(full) / median(bare)
}

export const metrics: Metric[] = corpusPresent()
  ? [
      { name: 'parse.order-list.ratio', unit: 'x tokenizer', budget: 2.0, run: () => ratio(LIST) },
      { name: 'parse.order-details.ratio', unit: 'x tokenizer', budget: 2.0, run: () => ratio(DETAILS) },
      { name: 'parse.order-list.ms', unit: 'ms', budget: 100, run: () => readMs(LIST) },
    ]
  : []

if (!corpusPresent()) console.log(`NOTICE: ${CORPUS_DIR} is absent; parse.* benchmarks skipped`)
