// The popup: for now, what the background last saw.
import { useEffect, useState } from 'preact/hooks'
import { send } from '../messaging/client.ts'
import type { StatusSnapshot } from '../messaging/protocol.ts'
import { t } from '../platform/i18n.ts'

export function App() {
  const [status, setStatus] = useState<StatusSnapshot | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    void send('status/get', {}).then((r) => (r.ok ? setStatus(r.value) : setError(r.code)))
  }, [])
  const last = status?.lastCapture
  return (
    <main>
      <h1>{t('extName')}</h1>
      {error && <p role="alert">{t('popupError', error)}</p>}
      {status && !last && <p class="muted" data-testid="last-capture">{t('popupNothingSeen')}</p>}
      {last && (
        <p data-testid="last-capture" data-kind={last.kind}>
          {t('popupLastCapture', [last.kind, last.marketplace ?? '?'])}
        </p>
      )}
    </main>
  )
}
