// Content entry for Amazon order list, order details and tracker pages: captures the rendered page.
import { pagePathKind } from '../amazon/pages.ts'
import { send } from '../messaging/client.ts'

const MARK = 'data-unordered-capture'

function capture(): void {
  // Guard against double injection (an extension reload re-runs content scripts on open tabs).
  const root = document.documentElement
  if (root.hasAttribute(MARK)) return
  root.setAttribute(MARK, '')
  if (!pagePathKind(location.pathname)) return
  void send('page/captured', { url: location.href, html: root.outerHTML })
}

capture()
