// Registers every request handler; each handler file owns one noun's messages.
import type { Server } from '../../messaging/server.ts'
import type { BackgroundContext } from '../context.ts'
import { registerBackupHandlers } from './backup.ts'
import { registerDataHandlers } from './data.ts'
import { registerImportHandlers } from './import.ts'
import { registerMatchHandlers } from './match.ts'
import { registerPageHandlers } from './page.ts'
import { registerParcelHandlers } from './parcel.ts'
import { registerSettingsHandlers } from './settings.ts'
import { registerShipmentHandlers } from './shipment.ts'
import { registerStatusHandlers } from './status.ts'

export function registerHandlers(server: Server, ctx: BackgroundContext): void {
  registerPageHandlers(server, ctx)
  registerShipmentHandlers(server, ctx)
  registerParcelHandlers(server, ctx)
  registerMatchHandlers(server, ctx)
  registerImportHandlers(server, ctx)
  registerBackupHandlers(server, ctx)
  registerDataHandlers(server, ctx)
  registerSettingsHandlers(server, ctx)
  registerStatusHandlers(server, ctx)
}
