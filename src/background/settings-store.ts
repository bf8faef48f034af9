// User settings kept in the database's meta table (so backups carry them), with defaults when unset.
import { DEFAULT_GRACE_DAYS, type Settings } from '../core/model/ledger.ts'
import { addDays, isPlainDate, type PlainDate } from '../core/model/plain-date.ts'
import type { UnorderedDb } from '../storage/db.ts'

const SETTINGS_KEY = 'settings'
const INSTALLED_KEY = 'installedOn'
/** Without an install date (e.g. a restored profile), audit the last 30 days. */
const FALLBACK_AUDIT_DAYS = 30

function storedSettings(value: unknown): Partial<Settings> {
  if (typeof value !== 'object' || value === null) return {}
  const v = value as Record<string, unknown>
  const out: Partial<Settings> = {}
  if (Number.isSafeInteger(v.graceDays) && (v.graceDays as number) >= 0) out.graceDays = v.graceDays as number
  if (isPlainDate(v.auditFrom)) out.auditFrom = v.auditFrom
  return out
}

/** The settings in force: stored values over defaults (audit from the install day). */
export async function readSettings(db: UnorderedDb, today: PlainDate): Promise<Settings> {
  const [row, installed] = await Promise.all([db.meta.get(SETTINGS_KEY), db.meta.get(INSTALLED_KEY)])
  const installedOn = isPlainDate(installed?.value) ? installed.value : addDays(today, -FALLBACK_AUDIT_DAYS)
  return { graceDays: DEFAULT_GRACE_DAYS, auditFrom: installedOn, ...storedSettings(row?.value) }
}

/** Stores changed settings; writes nothing when they are already in force. */
export async function writeSettings(db: UnorderedDb, patch: Partial<Settings>, today: PlainDate): Promise<Settings> {
  return db.transaction('rw', db.meta, async () => {
    const row = await db.meta.get(SETTINGS_KEY)
    const stored = storedSettings(row?.value)
    const next = { ...stored, ...patch }
    const current = await readSettings(db, today)
    if (Object.entries(patch).every(([k, v]) => current[k as keyof Settings] === v)) return current
    await db.meta.put({ key: SETTINGS_KEY, value: next })
    return readSettings(db, today)
  })
}

/** Remembers the install day once: deliveries before it are never asked about. */
export async function recordInstallDay(db: UnorderedDb, today: PlainDate): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (!(await db.meta.get(INSTALLED_KEY))) await db.meta.put({ key: INSTALLED_KEY, value: today })
  })
}
