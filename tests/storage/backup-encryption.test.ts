// Encrypted backups (D8): PBKDF2 ≥ 600k, fresh salt and IV per export, wrong password or tampering writes nothing.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  PBKDF2_ITERATIONS, backupText, decryptBackupText, encryptBackupText, exportBackup, importBackup, validateBackup, type EncryptedBackupFile,
} from '../../src/storage/backup.ts'
import { openDb, type UnorderedDb } from '../../src/storage/db.ts'
import { contentHash } from '../../src/storage/hash.ts'
import { uniqueDbName } from './helpers/factories.ts'
import { populate } from './helpers/populate.ts'

let source: UnorderedDb
let plain: string
let sealedA: string
let sealedB: string
beforeAll(async () => {
  source = openDb(uniqueDbName('enc'))
  await populate(source)
  plain = backupText(await exportBackup(source))
  ;[sealedA, sealedB] = await Promise.all([encryptBackupText(plain, 'correct horse'), encryptBackupText(plain, 'correct horse')])
})
afterAll(async () => { await source.delete() })

describe('encrypted backups', () => {
  it('uses PBKDF2-SHA-256 with ≥ 600,000 rounds, a 16-byte salt and a 12-byte IV, fresh each time', () => {
    const a = JSON.parse(sealedA) as EncryptedBackupFile
    const b = JSON.parse(sealedB) as EncryptedBackupFile
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000)
    expect(a.kdf).toMatchObject({ name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS })
    expect(atob(a.kdf.salt)).toHaveLength(16)
    expect(atob(a.cipher.iv)).toHaveLength(12)
    expect(a.kdf.salt).not.toBe(b.kdf.salt)
    expect(a.cipher.iv).not.toBe(b.cipher.iv)
    expect(a.ciphertext).not.toBe(b.ciphertext)
    expect(sealedA).not.toContain('amazon.de')
  })

  it('round-trips to a hash-identical database with the right password', async () => {
    expect(await decryptBackupText(sealedA, 'correct horse')).toEqual({ ok: true, text: plain })
    const db = openDb(uniqueDbName('enc-restore'))
    const result = await importBackup(db, sealedB, 'replace', 'correct horse')
    expect(result.ok).toBe(true)
    expect(await contentHash(db)).toEqual(await contentHash(source))
    await db.delete()
  })

  it('without a password the file is reported as encrypted; wrong password, tampering and weak parameters write nothing', async () => {
    expect(await validateBackup(sealedA)).toMatchObject({ ok: false, code: 'encrypted' })
    const file = JSON.parse(sealedA) as EncryptedBackupFile
    const flipped = atob(file.ciphertext)
    const tampered = JSON.stringify({ ...file, ciphertext: btoa(String.fromCharCode(flipped.charCodeAt(0) ^ 1) + flipped.slice(1)) })
    const weak = JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1000 } })
    const noSalt = JSON.stringify({ ...file, kdf: { ...file.kdf, salt: 'AAAA' } })

    const db = openDb(uniqueDbName('enc-bad'))
    await populate(db, 3)
    const before = await contentHash(db)
    expect(await importBackup(db, sealedA, 'replace')).toMatchObject({ ok: false, code: 'encrypted' })
    expect(await importBackup(db, sealedA, 'replace', 'wrong')).toMatchObject({ ok: false, code: 'wrong-password' })
    expect(await importBackup(db, tampered, 'replace', 'correct horse')).toMatchObject({ ok: false, code: 'wrong-password' })
    expect(await importBackup(db, weak, 'replace', 'correct horse')).toMatchObject({ ok: false, code: 'weak-kdf' })
    expect(await importBackup(db, noSalt, 'replace', 'correct horse')).toMatchObject({ ok: false, code: 'bad-envelope' })
    expect(await contentHash(db)).toEqual(before)
    await db.delete()
  })
})
