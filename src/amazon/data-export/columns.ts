// The export's columns by meaning: every header spelling Amazon has used, mapped by name, never by position.

export type ColumnKey =
  | 'website' | 'orderId' | 'orderDate' | 'currency' | 'unitPrice' | 'totalOwed' | 'shipmentSubtotal'
  | 'asin' | 'quantity' | 'orderStatus' | 'shipmentStatus' | 'shipDate' | 'carrierTracking' | 'productName'

// Older set (Website first, `Total Owed`, `Quantity`) and newer alphabetical set (`Total Amount`,
// `Original Quantity`): amazon-pages.md §5.1. Columns we do not read are ignored.
export const COLUMN_ALIASES: Readonly<Record<ColumnKey, readonly string[]>> = {
  website: ['Website'],
  orderId: ['Order ID'],
  orderDate: ['Order Date'],
  currency: ['Currency'],
  unitPrice: ['Unit Price'],
  totalOwed: ['Total Owed', 'Total Amount'],
  shipmentSubtotal: ['Shipment Item Subtotal'],
  asin: ['ASIN'],
  quantity: ['Quantity', 'Original Quantity'],
  orderStatus: ['Order Status'],
  shipmentStatus: ['Shipment Status'],
  shipDate: ['Ship Date'],
  carrierTracking: ['Carrier Name & Tracking Number'],
  productName: ['Product Name'],
}

/** Columns without which rows cannot become orders and shipments. */
export const REQUIRED_COLUMNS: readonly ColumnKey[] = ['website', 'orderId', 'orderDate', 'shipDate', 'carrierTracking', 'orderStatus', 'productName', 'quantity']

const BY_HEADER = new Map<string, ColumnKey>()
for (const [key, names] of Object.entries(COLUMN_ALIASES) as Array<[ColumnKey, readonly string[]]>) {
  for (const name of names) BY_HEADER.set(canonicalHeader(name), key)
}

function canonicalHeader(h: string): string {
  return h.replace(/^\uFEFF/, '').trim().replace(/\s+/g, ' ').toLowerCase()
}

export type ColumnIndex = Partial<Record<ColumnKey, number>>

/** Where each known column sits in `header`, and the names of the required ones that are absent. */
export function indexColumns(header: readonly string[]): { index: ColumnIndex; missing: string[] } {
  const index: ColumnIndex = {}
  header.forEach((h, i) => {
    const key = BY_HEADER.get(canonicalHeader(h))
    if (key !== undefined && index[key] === undefined) index[key] = i
  })
  const missing = REQUIRED_COLUMNS.filter((k) => index[k] === undefined).map((k) => COLUMN_ALIASES[k][0]!)
  return { index, missing }
}
