// Carrier families from the carrier text Amazon prints or exports ("Versendet mit DHL", "AMZN_US", "UPS").
import type { CarrierFamily } from '../model/parcel.ts'

// Specific carriers are tried before Amazon: a line naming both ("Amazon Shipping via UPS") is about the carrier.
const FAMILY_PATTERNS: ReadonlyArray<[CarrierFamily, RegExp]> = [
  ['usps', /\busps\b|\bunited states postal\b|\bu\.?s\.? postal service\b/],
  ['ups', /\bups\b/],
  ['fedex', /\bfed ?ex\b/],
  ['dhl', /\bdhl\b|\bdeutsche post\b/],
  ['hermes', /\bhermes\b|\bevri\b/],
  ['dpd', /\bdpd\b/],
  ['gls', /\bgls\b/],
  ['royal-mail', /\broyal ?mail\b|\bparcelforce\b/],
  ['yodel', /\byodel\b/],
  ['canada-post', /\bcanada ?post\b|\bpostes canada\b/],
  ['japan-post', /\bjapan ?post\b|日本郵便|ゆうパック|ゆうパケット|ゆうメール/],
  ['yamato', /\byamato\b|ヤマト運輸/],
  ['sagawa', /\bsagawa\b|佐川急便/],
  ['la-poste', /\bla ?poste\b|\bcolissimo\b/],
  ['postnl', /\bpost ?nl\b/],
  ['inpost', /\binpost\b/],
  ['china-post', /\bchina ?post\b|中国邮政/],
  ['cainiao', /\bcainiao\b|菜鸟/],
  ['yunexpress', /\byun ?express\b/],
  // AMZL = Amazon Logistics; export codes are AMZN_US, AMZN_UK; "Zustellung durch Amazon", "Amazon Shipping".
  ['amazon', /\bamzl\b|\bamzn\b|\bamazon\b|アマゾン|\bdelivery provider\b|デリバリープロバイダ/],
]

// The families the registry and this file know, so a family id itself ("royal-mail") maps to itself.
const FAMILY_IDS: ReadonlySet<string> = new Set([...FAMILY_PATTERNS.map(([family]) => family), 'post'])

/**
 * The carrier family named in Amazon's carrier text, an export code or a user's pick:
 * "Versendet mit DHL" → `dhl`, "Shipped with AMZL US" / "AMZN_US" → `amazon`, "UPS" → `ups`.
 * Undefined when no known carrier is named ("Delivery By JERSEY_POST").
 */
export function carrierFamilyFromText(text: string): CarrierFamily | undefined {
  if (typeof text !== 'string') return undefined
  const plain = text.normalize('NFKC').toLowerCase().replace(/[_()\-:/]+/g, ' ').trim()
  if (FAMILY_IDS.has(plain.replace(/ /g, '-'))) return plain.replace(/ /g, '-')
  for (const [family, pattern] of FAMILY_PATTERNS) if (pattern.test(plain)) return family
  return undefined
}
