// Label spellings: real label texts from the corpus (and documented ones) are found with their own pack only.
import { describe, expect, it } from 'vitest'
import type { OrderLabels } from '../../../src/core/locale/language-pack.ts'
import { languagePack } from '../../../src/core/locale/languages/index.ts'
import { normalizeText } from '../../../src/core/locale/normalize.ts'
import { findPhrase } from '../../../src/core/locale/phrase-pattern.ts'
import { readStatus } from '../../../src/core/locale/status.ts'

// [language, label group, text as the page prints it]
const LABELS: Array<[string, keyof OrderLabels, string]> = [
  ['en', 'orderPlaced', 'Order Placed:'], // bi_166-….html
  ['en', 'orderPlaced', 'Ordered on November 1, 2024'],
  ['en', 'orderNumber', 'Amazon.com order number:'], // bi_166-….html
  ['en', 'orderNumber', 'Order # 112-0399923-3070642'],
  ['en', 'total', 'Order Total:'], // bi_166-….html
  ['en', 'shipTo', 'Dispatch to'], // en-GB 2019
  ['en', 'trackPackage', 'Track package'],
  ['fr', 'orderPlaced', 'Commande effectuée le'], // rm_recap_orderrecap.html
  ['fr', 'orderNumber', 'Numéro de commande'], // rm_recap_orderrecap.html
  ['fr', 'shipTo', 'Expédié à'], // rm_recap_orderrecap.html
  ['fr', 'total', 'Montant total pour ces articles :'],
  ['de', 'orderPlaced', 'Bestellung aufgegeben am:'], // bi_de_DE_142-….html
  ['de', 'orderNumber', 'Bestellnummer:'], // bi_de_DE_142-….html
  ['de', 'total', 'Gesamtbestellwert:'], // bi_de_DE_142-….html
  ['de', 'total', 'Gesamtsumme:'], // bi_de_DE_142-….html
  ['de', 'shipTo', 'Versandadresse'], // bi_de_DE_142-….html
  ['it', 'orderPlaced', 'Ordine effettuato'],
  ['es', 'orderPlaced', 'Pedido realizado'],
  ['ja', 'orderNumber', '注文番号'],
  ['ja', 'total', '注文合計'],
]

describe('labels', () => {
  it.each(LABELS)('%s %s: %s', (tag, group, text) => {
    const pack = languagePack(tag)!
    expect(findPhrase(normalizeText(text).toLowerCase(), pack.labels[group])).toBeDefined()
  })

  it.each([
    ['en', 'orderPlaced', 'Bestellung aufgegeben am:'],
    ['de', 'orderNumber', 'Numéro de commande'],
    ['fr', 'orderPlaced', 'Order Placed:'],
  ] as const)('%s %s does not match "%s"', (tag, group, text) => {
    expect(findPhrase(normalizeText(text).toLowerCase(), languagePack(tag)!.labels[group])).toBeUndefined()
  })

  it('reads the status lines of the print summaries', () => {
    expect(readStatus('Shipped on February 8, 2016', languagePack('en')!)).toEqual({ status: 'shipped', date: '2016-02-08', dateKind: 'shipped' })
    expect(readStatus('Versand in Kürze', languagePack('de')!)).toEqual({ status: 'pending' })
  })
})
