// The golden-file view of a page reading: derived facts only (kinds, ids, dates, totals, statuses, counts, titles).
import type { PageReading } from '../../src/amazon/read-page.ts'

/** Orders without their storage keys (derivable), everything else as read; key order fixed for stable diffs. */
export function readingView(r: PageReading) {
  return {
    kind: r.kind,
    marketplace: r.marketplace ?? null,
    language: r.language,
    ok: r.ok,
    complete: r.complete,
    orders: r.orders.map((o) => ({
      orderId: o.orderId,
      aliases: o.aliases ?? [],
      placedOn: o.placedOn ?? null,
      total: o.total ?? null,
      digital: o.digital,
      shipments: o.shipments.map((s) => ({
        shipmentId: s.shipmentId ?? null,
        packageIndex: s.packageIndex ?? null,
        itemId: s.itemId ?? null,
        status: s.status,
        deliveredOn: s.deliveredOn ?? null,
        expectedOn: s.expectedOn ?? null,
        shippedOn: s.shippedOn ?? null,
        trackingIds: s.trackingIds,
        carrier: s.carrier ?? null,
        items: s.items.map((i) => ({ title: i.title, asin: i.asin ?? null, quantity: i.quantity, unitPrice: i.unitPrice ?? null, ...(i.sample ? { sample: true } : {}) })),
      })),
    })),
    issues: r.issues,
  }
}

/** Pretty JSON with a final newline, as stored in expected files. */
export function goldenJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
