// Optional backup encryption (platform.md §7.4, D8): AES-GCM-256, key from PBKDF2-HMAC-SHA-256 ≥ 600,000 iterations, fresh salt and IV.
import { base64ToBytes, bytesToBase64 } from '../blob-encoding.ts'
import { isPlainObject } from '../canonical-json.ts'
import { MAX_BACKUP_BYTES } from './format.ts'

export const ENCRYPTED_FORMAT = 'unordered-backup-encrypted'
export const PBKDF2_ITERATIONS = 600_000
/** A file asking for more than this is refused: deriving its key would freeze the extension. */
const MAX_ITERATIONS = 10_000_000

export interface EncryptedBackupFile {
  format: typeof ENCRYPTED_FORMAT
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string }
  cipher: { name: 'AES-GCM'; iv: string }
  /** base64 of the AES-GCM output (ciphertext + tag) of the plain backup text. */
  ciphertext: string
}

export type DecryptErrorCode = 'too-large' | 'not-encrypted' | 'bad-envelope' | 'weak-kdf' | 'wrong-password'
export type DecryptResult = { ok: true; text: string } | { ok: false; code: DecryptErrorCode; message: string }

async function deriveKey(password: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(password), 'PBKDF2', false, ['deriveKey'])
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as Uint8Array<ArrayBuffer>, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

/** Encrypts a backup's text with a password; every call uses a fresh salt and IV. */
export async function encryptBackupText(text: string, password: string): Promise<string> {
  if (password.length === 0) throw new RangeError('encryptBackupText: empty password')
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const key = await deriveKey(password, salt, PBKDF2_ITERATIONS)
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text))
  const file: EncryptedBackupFile = {
    format: ENCRYPTED_FORMAT,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: PBKDF2_ITERATIONS, salt: bytesToBase64(salt) },
    cipher: { name: 'AES-GCM', iv: bytesToBase64(iv) },
    ciphertext: bytesToBase64(new Uint8Array(sealed)),
  }
  return JSON.stringify(file)
}

/** True when the text looks like an encrypted backup (cheap: the format field only). */
export function isEncryptedBackupText(text: string): boolean {
  return text.length <= MAX_BACKUP_BYTES && text.includes(`"format":"${ENCRYPTED_FORMAT}"`)
}

/** Decrypts an encrypted backup file; a wrong password and a damaged file both fail authentication. */
export async function decryptBackupText(fileText: string, password: string): Promise<DecryptResult> {
  if (fileText.length > MAX_BACKUP_BYTES) return { ok: false, code: 'too-large', message: 'This file is too large to be a backup.' }
  let parsed: unknown
  try {
    parsed = JSON.parse(fileText)
  } catch {
    return { ok: false, code: 'not-encrypted', message: 'This file is not an encrypted Unordered backup.' }
  }
  if (!isPlainObject(parsed) || parsed.format !== ENCRYPTED_FORMAT) {
    return { ok: false, code: 'not-encrypted', message: 'This file is not an encrypted Unordered backup.' }
  }
  const kdf = parsed.kdf as Record<string, unknown> | undefined
  const cipher = parsed.cipher as Record<string, unknown> | undefined
  const salt = typeof kdf?.salt === 'string' ? base64ToBytes(kdf.salt) : undefined
  const iv = typeof cipher?.iv === 'string' ? base64ToBytes(cipher.iv) : undefined
  const sealed = typeof parsed.ciphertext === 'string' ? base64ToBytes(parsed.ciphertext) : undefined
  if (!isPlainObject(kdf) || kdf.name !== 'PBKDF2' || kdf.hash !== 'SHA-256' || !isPlainObject(cipher) || cipher.name !== 'AES-GCM'
    || salt?.length !== 16 || iv?.length !== 12 || !sealed || !Number.isSafeInteger(kdf.iterations)) {
    return { ok: false, code: 'bad-envelope', message: 'The encrypted backup is damaged: its key or cipher parameters are missing or invalid.' }
  }
  const iterations = kdf.iterations as number
  if (iterations < PBKDF2_ITERATIONS || iterations > MAX_ITERATIONS) {
    return { ok: false, code: 'weak-kdf', message: `The encrypted backup uses ${iterations} key-derivation rounds; ${PBKDF2_ITERATIONS} to ${MAX_ITERATIONS} are accepted.` }
  }
  try {
    const key = await deriveKey(password, salt, iterations)
    const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: iv as Uint8Array<ArrayBuffer> }, key, sealed as Uint8Array<ArrayBuffer>)
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(plain) }
  } catch {
    return { ok: false, code: 'wrong-password', message: 'The password is wrong, or the encrypted backup was changed or damaged.' }
  }
}
