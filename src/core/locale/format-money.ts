// Writes money the way a language prints it (separators and sign placement from the pack): the inverse of parse-money.
import { minorDigits, type Money } from '../model/money.ts'
import type { LanguagePack } from './language-pack.ts'

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator)
}

/** `money` as `pack` prints it with `sign` (a symbol or ISO code), e.g. `$1,234.56`, `1.234,56 €`, `￥1,234`. */
export function formatLocalMoney(money: Money, pack: LanguagePack, sign: string): string {
  const digits = minorDigits(money.currency)
  const abs = Math.abs(money.minor)
  const whole = group(String(Math.floor(abs / 10 ** digits)), pack.groupingSeparator)
  const number = digits === 0 ? whole : `${whole}${pack.decimalSeparator}${String(abs % 10 ** digits).padStart(digits, '0')}`
  const gap = pack.currencyPlacement.space ? '\u00A0' : ''
  const body = pack.currencyPlacement.position === 'prefix' ? `${sign}${gap}${number}` : `${number}${gap}${sign}`
  return money.minor < 0 ? `-${body}` : body
}
