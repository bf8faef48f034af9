// "Delete all data" leaves no IndexedDB database behind (PV3), and the app can start over afterwards.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { openDb } from '../../src/storage/db.ts'
import { deleteAllData } from '../../src/storage/wipe.ts'
import { uniqueDbName } from './helpers/factories.ts'
import { populate } from './helpers/populate.ts'

describe('deleteAllData', () => {
  it('removes the database even while a second connection (an open popup) is open', async () => {
    const name = uniqueDbName('wipe')
    const db = openDb(name)
    await populate(db)
    const popup = openDb(name)
    await popup.open()
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(name)

    await deleteAllData(db)
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name)
    expect(popup.isOpen()).toBe(false)
  })

  it('a new handle afterwards starts empty', async () => {
    const name = uniqueDbName('wipe-again')
    const db = openDb(name)
    await populate(db)
    await deleteAllData(db)
    await expect(db.orders.count()).rejects.toThrow(/closed/i)
    await db.open()
    expect(await db.orders.count()).toBe(0)
    db.close()
    const fresh = openDb(name)
    expect(await fresh.orders.count()).toBe(0)
    expect(await fresh.parcels.count()).toBe(0)
    await fresh.delete()
  })
})
