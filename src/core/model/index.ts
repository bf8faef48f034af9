// The core model: plain, JSON-safe records shared by every layer.
export * from './plain-date.ts'
export * from './money.ts'
export * from './order.ts'
export * from './parcel.ts'
export * from './ledger.ts'
