// The payload schema of every request kind: the server checks these after the sender, before the handler.
import { isPlainDate } from '../core/model/plain-date.ts'
import { EXPLANATIONS } from '../core/model/parcel.ts'
import { LIMITS, type Kind, type ParcelDraft, type Req } from './protocol.ts'
import { arrayOf, bool, either, emptyObject, int, matches, object, oneOf, optional, refine, str, type Schema } from './schema.ts'

const plainDate: Schema<string> = (v): v is string => isPlainDate(v)
const id = str(LIMITS.id, 1)
const shortText = str(LIMITS.shortText)
const longText = str(LIMITS.longText)
// Marketplace ids are `amazon.<tld>`; the handler checks membership in the storefront table.
const marketplace = matches(/^amazon\.[a-z.]{2,12}$/, 24)
const shipmentKey = matches(/^amazon\.[a-z.]{2,12}:[^\s:]{1,64}:[a-z]-[^\s]{1,80}$/, LIMITS.id)
const orderId = matches(/^[A-Za-z0-9-]{3,40}$/, 40)

export const parcelDraft: Schema<ParcelDraft> = object({
  receivedOn: plainDate,
  trackingNumbers: arrayOf(str(LIMITS.trackingLength, 1), LIMITS.trackingPerParcel),
  carrier: optional(str(40)),
  sender: optional(shortText),
  contents: optional(shortText),
  slipOrderId: optional(str(40)),
  samplesCard: optional(longText),
  amazonPackaging: optional(bool),
  notes: optional(longText),
  marketplace: optional(marketplace),
})

const mark = oneOf(['received', 'not-received', 'ignore'] as const)
const parcelAndShipment = object({ parcelId: id, shipmentKey })

export const SCHEMAS: { readonly [K in Kind]: Schema<Req<K>> } = {
  'page/captured': object({ url: str(LIMITS.url, 1), html: str(LIMITS.html) }),
  'shipment/mark': either(object({ mark, shipmentKey }), object({ mark, orderId })),
  'parcel/log': object({ drafts: arrayOf(parcelDraft, LIMITS.drafts, 1) }),
  'parcel/edit': object({ id, parcel: parcelDraft }),
  'parcel/delete': object({ id }),
  'parcel/undo-delete': object({ undoToken: matches(/^[A-Za-z0-9-]{8,64}$/, 64) }),
  'parcel/explain': object({ parcelId: id, explanation: oneOf([...EXPLANATIONS, null] as const) }),
  'match/confirm': parcelAndShipment,
  'match/reject': parcelAndShipment,
  'import/export-file': object({ name: str(LIMITS.fileName, 1), base64: matches(/^[A-Za-z0-9+/]*={0,2}$/, LIMITS.exportBase64) }),
  'import/parcels-csv': object({ name: str(LIMITS.fileName, 1), text: str(LIMITS.csvText) }),
  'backup/export': emptyObject,
  'backup/restore': object({ json: str(LIMITS.backupJson, 1), mode: oneOf(['replace', 'merge'] as const) }),
  'data/wipe': object({ confirm: oneOf(['delete-all'] as const) }),
  'settings/get': emptyObject,
  'settings/set': refine(object({ graceDays: optional(int(0, 60)), auditFrom: optional(plainDate) }), (s) => Object.keys(s).length > 0),
  'status/get': emptyObject,
}
