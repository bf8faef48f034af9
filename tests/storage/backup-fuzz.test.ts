// validateBackup never throws: random JSON, random edits of a real backup's text, random re-signed record edits.
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backupText, exportBackup, restoreBackup, validateBackup, type BackupEnvelope } from '../../src/storage/backup.ts'
import { openDb, type UnorderedDb } from '../../src/storage/db.ts'
import { uniqueDbName } from './helpers/factories.ts'
import { clone, resign } from './helpers/malformed.ts'
import { populate } from './helpers/populate.ts'

let db: UnorderedDb
let valid: BackupEnvelope
let text: string
beforeAll(async () => {
  db = openDb(uniqueDbName('fuzz'))
  await populate(db)
  valid = await exportBackup(db)
  text = backupText(valid)
})
afterAll(async () => { await db.delete() })

const typed = (r: Awaited<ReturnType<typeof validateBackup>>) => (r.ok ? true : typeof r.code === 'string' && r.message.length > 0)

describe('validateBackup fuzzing', () => {
  it('random JSON values are rejected with a typed error', async () => {
    await fc.assert(fc.asyncProperty(fc.jsonValue(), async (v) => {
      const r = await validateBackup(JSON.stringify(v) ?? 'null')
      expect(r.ok).toBe(false)
      expect(typed(r)).toBe(true)
    }), { numRuns: 300 })
  })

  it('random splices of a real backup text never throw', async () => {
    await fc.assert(fc.asyncProperty(fc.nat(), fc.nat({ max: 40 }), fc.string({ maxLength: 8 }), async (at, del, insert) => {
      const i = at % text.length
      const r = await validateBackup(text.slice(0, i) + insert + text.slice(i + del))
      expect(typed(r)).toBe(true)
    }), { numRuns: 300 })
  })

  it('re-signed random replacements of record fields never throw, and whatever passes restores cleanly', async () => {
    const target = openDb(uniqueDbName('fuzz-target'))
    const tables = Object.keys(valid.data) as Array<keyof BackupEnvelope['data']>
    await fc.assert(fc.asyncProperty(fc.constantFrom(...tables), fc.nat(), fc.nat(), fc.jsonValue(), async (table, rowAt, fieldAt, value) => {
      const e = clone(valid)
      const rows = e.data[table]
      if (rows.length === 0) return
      const row = rows[rowAt % rows.length]!
      const fields = Object.keys(row)
      row[fields[fieldAt % fields.length]!] = value
      const r = await validateBackup(JSON.stringify(await resign(e)))
      expect(typed(r)).toBe(true)
      if (r.ok) await restoreBackup(target, r.backup, 'replace')
    }), { numRuns: 300 })
    await target.delete()
  })
})
