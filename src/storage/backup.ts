// Backup, validation and restore: the public face of backup/ (platform.md §7.4).
export * from './backup/format.ts'
export { exportBackup, backupText, type ExportOptions } from './backup/export.ts'
export { validateBackup } from './backup/validate.ts'
export { restoreBackup, previewRestore, importBackup, undoRestore, type RestoreMode, type RestoreCounts, type ImportResult } from './backup/restore.ts'
export { encryptBackupText, decryptBackupText, isEncryptedBackupText, ENCRYPTED_FORMAT, PBKDF2_ITERATIONS, type EncryptedBackupFile, type DecryptErrorCode, type DecryptResult } from './backup/encryption.ts'
export { readRestoreSnapshot, deleteRestoreSnapshot, snapshotDbName } from './snapshot.ts'
