// The options page: settings, imports, exports, restore and delete all live here.
import { t } from '../platform/i18n.ts'

export function Options() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p>{t('optionsIntro')}</p>
    </main>
  )
}
