// Parcels CSV: documented columns, row numbers for bad rows, explanations as decisions, lists of numbers.
import { describe, expect, it } from 'vitest'
import { parseParcelsCsv, type ParcelsCsvRow } from '../../../src/core/parcels/csv.ts'

const HEADER = 'received_on,tracking_numbers,carrier,sender,contents,slip_order_id,samples_card,notes,explanation'

function rows(text: string): ParcelsCsvRow[] {
  const r = parseParcelsCsv(text)
  if (!r.ok) throw new Error(r.error)
  return r.rows
}

describe('parseParcelsCsv', () => {
  it('reads a full row into a parcel with a deterministic id', () => {
    const [row] = rows(`${HEADER}\n2026-11-03,"tba-3068-4485-2264; 1Z999AA10123456784",Amazon Logistics, Acme ,socks,303-1234567-1234567,yes,left at door,\n`)
    expect(row).toEqual({
      row: 1,
      parcel: {
        id: 'csv-1', receivedOn: '2026-11-03', trackingNumbers: ['TBA306844852264', '1Z999AA10123456784'], carrier: 'amazon',
        sender: 'Acme', contents: 'socks', slipOrderId: '303-1234567-1234567', samplesCard: '', notes: 'left at door',
      },
    })
  })

  it('splits numbers on semicolons and spaces, keeps a card wording, and accepts columns in any order', () => {
    const [row] = rows(`explanation,samples_card,notes,contents,sender,slip_order_id,carrier,tracking_numbers,received_on\n,Enjoy your sample!,,,,,DHL,00340434161094042557 JJD000390007843530,2026-11-04\n`)
    expect(row).toMatchObject({ row: 1, parcel: { trackingNumbers: ['00340434161094042557', 'JJD000390007843530'], carrier: 'dhl', samplesCard: 'Enjoy your sample!' } })
  })

  it('turns an explanation into an explain decision', () => {
    const [row] = rows(`${HEADER}\n2026-11-05,,,,,,,,Vine\n`)
    expect(row).toMatchObject({ parcel: { id: 'csv-1' }, decision: { kind: 'explain', parcelId: 'csv-1', explanation: 'vine' } })
  })

  it('reports bad rows by 1-based data row with a reason, and keeps the good ones', () => {
    const out = rows([
      HEADER,
      '2026-11-05,TBA000000000001,,,,,,,',
      '2026-13-05,TBA000000000002,,,,,,,',
      ',TBA000000000003,,,,,,,',
      '2026-11-06,,,,,12345,,,',
      '2026-11-07,,,,,,,,stolen',
      '',
      '2026-11-08,TBA000000000004,,,,,,,',
    ].join('\n'))
    expect(out.map((r) => ('error' in r ? `${r.row}:error` : `${r.row}:${r.parcel.id}`))).toEqual(['1:csv-1', '2:error', '3:error', '4:error', '5:error', '6:csv-6'])
    const reasons = out.filter((r): r is { row: number; error: string } => 'error' in r).map((r) => r.error)
    expect(reasons[0]).toContain('2026-13-05')
    expect(reasons[1]).toContain('received_on is empty')
    expect(reasons[2]).toContain('slip_order_id "12345"')
    expect(reasons[3]).toContain('explanation "stolen"')
  })

  it('reports a row with more fields than the header', () => {
    const [row] = rows(`${HEADER}\n2026-11-05,A,B,C,D,,,,,,extra\n`)
    expect(row).toMatchObject({ row: 1, error: expect.stringContaining('fields') })
  })

  it('fails the file when columns are missing, naming them', () => {
    const r = parseParcelsCsv('received_on,tracking_numbers,sender\n2026-11-05,TBA1,\n')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain('carrier, contents, slip_order_id, samples_card, notes, explanation')
  })

  it('fails an empty file and tolerates a byte-order mark', () => {
    expect(parseParcelsCsv('').ok).toBe(false)
    expect(rows(`\uFEFF${HEADER}\n2026-11-05,,,,,,,,\n`)).toHaveLength(1)
  })
})
