// Registers every message handler; each handler file owns one noun's messages.
import { registerPageHandlers } from './page.ts'
import { registerStatusHandlers } from './status.ts'

export function registerHandlers(): void {
  registerPageHandlers()
  registerStatusHandlers()
}
