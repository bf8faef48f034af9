// The popup: what the extension knows so far, what needs attention, and the latest problem Amazon showed.
import { useEffect, useState } from 'preact/hooks'
import { onNotice, send } from '../messaging/client.ts'
import type { StatusSnapshot } from '../messaging/protocol.ts'
import { t } from '../platform/i18n.ts'

// Page kinds that stop reading until the user acts (amazon-pages.md §0), in the user's words.
const PROBLEM_MESSAGES: Record<string, string> = {
  'sign-in': 'problemSignedOut',
  mfa: 'problemVerification',
  captcha: 'problemCaptcha',
  'bot-challenge': 'problemChallenge',
  'robot-block': 'problemRobot',
  skeleton: 'problemUnreadable',
  encrypted: 'problemUnreadable',
  unknown: 'problemUnknownPage',
}

function kindName(kind: string): string {
  const key = `kind_${kind.replace(/-/g, '_')}`
  const name = t(key)
  return name === key ? kind : name
}

export function App() {
  const [status, setStatus] = useState<StatusSnapshot | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    const load = () => void send('status/get', {}).then((r) => (r.ok ? setStatus(r.value) : setError(r.code)))
    load()
    return onNotice('ledger/changed', load)
  }, [])
  const last = status?.lastCapture
  const problem = status?.latestProblem
  return (
    <main>
      <h1>{t('extName')}</h1>
      {error && <p role="alert">{t('popupError', error)}</p>}
      {status && (
        <ul class="counts" data-testid="counts">
          <li>{t('popupOrders', String(status.orders))}</li>
          <li>{t('popupParcels', String(status.parcels))}</li>
          <li class={status.attention > 0 ? 'attention' : ''}>{t('popupAttention', String(status.attention))}</li>
        </ul>
      )}
      {problem && (
        <p role="status" class="problem" data-testid="latest-problem" data-kind={problem.kind}>
          {t(PROBLEM_MESSAGES[problem.kind] ?? 'problemUnknownPage', problem.marketplace ?? '')}
        </p>
      )}
      {status && !last && <p class="muted" data-testid="last-capture">{t('popupNothingSeen')}</p>}
      {last && (
        <p class="muted" data-testid="last-capture" data-kind={last.kind}>
          {t('popupLastCapture', [kindName(last.kind), last.marketplace ?? '?'])}
        </p>
      )}
    </main>
  )
}
