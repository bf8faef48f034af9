// Currency signs and ISO codes that can appear next to an amount, and which of them name one currency.

/** Signs that name exactly one currency on Amazon storefronts. `$` and `kr` are ambiguous and absent. */
export const UNAMBIGUOUS_SIGNS: Readonly<Record<string, string>> = {
  '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₺': 'TRY', 'zł': 'PLN', 'R$': 'BRL',
  'US$': 'USD', 'CA$': 'CAD', 'C$': 'CAD', 'CDN$': 'CAD', 'A$': 'AUD', 'AU$': 'AUD', 'S$': 'SGD', 'MX$': 'MXN',
}

/** Signs that mark an amount without telling which currency it is. */
export const AMBIGUOUS_SIGNS: readonly string[] = ['$', 'kr', 'kr.']

/** ISO 4217 codes accepted in amount text (`EUR 15,99`, `USD 17.71`). */
export const ISO_CODES: ReadonlySet<string> = new Set([
  'USD', 'CAD', 'MXN', 'BRL', 'GBP', 'EUR', 'SEK', 'PLN', 'TRY', 'ZAR', 'EGP', 'SAR', 'AED', 'INR', 'JPY', 'SGD', 'AUD', 'CHF', 'CNY', 'DKK', 'NOK', 'CZK',
])
