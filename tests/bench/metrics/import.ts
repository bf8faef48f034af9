// import.10k.ms: Amazon data export with 10,000 generated rows (older header set) → typed ledger.
import Papa from 'papaparse'
import { importDataExport } from '../../../src/amazon/data-export/index.ts'
import { medianMs, type Metric } from '../metric.ts'

const HEADER = ['Website', 'Order ID', 'Order Date', 'Purchase Order Number', 'Currency', 'Unit Price', 'Unit Price Tax', 'Shipping Charge', 'Total Discounts', 'Total Owed', 'Shipment Item Subtotal', 'Shipment Item Subtotal Tax', 'ASIN', 'Product Condition', 'Quantity', 'Payment Instrument Type', 'Order Status', 'Shipment Status', 'Ship Date', 'Shipping Option', 'Shipping Address', 'Billing Address', 'Carrier Name & Tracking Number', 'Product Name', 'Gift Message', 'Gift Sender Name', 'Gift Recipient Contact Details']

// About three rows per order, two shipments per order, every tenth shipment without tracking.
function generatedExport(rows: number): Uint8Array {
  const data: string[][] = [HEADER]
  const address = 'Jane Example 1 Example Street Springfield IL 62704 United States'
  for (let i = 0; i < rows; i++) {
    const order = Math.floor(i / 3)
    const shipment = order * 2 + (i % 3 === 2 ? 1 : 0)
    const day = new Date(Date.UTC(2015, 0, 1) + order * 86_400_000 / 3).toISOString()
    const tracking = shipment % 10 === 0 ? 'Not Available' : `AMZN_US(TBA${String(shipment).padStart(12, '0')})`
    data.push([
      i % 50 === 0 ? 'Amazon.co.uk' : 'Amazon.com', `111-${String(order).padStart(7, '0')}-0000001`, day, 'Not Applicable', 'USD',
      `${(i % 97) + 1}.99`, '0', '0', '0', `${(i % 97) + 2}.15`, '30.00', '0', `B0${String(i).padStart(8, '0')}`, 'New', '1', 'Visa - 0000',
      i % 40 === 0 ? 'Cancelled' : 'Closed', 'Shipped', day, 'std-us', address, address, tracking, `Example product number ${i}`,
      'Not Available', 'Not Available', 'Not Available',
    ])
  }
  return new TextEncoder().encode(Papa.unparse(data, { quotes: true }))
}

export const metrics: Metric[] = [
  {
    name: 'import.10k.ms',
    unit: 'ms',
    budget: 300,
    run: () => {
      const bytes = generatedExport(10_000)
      const check = importDataExport(bytes, 'Retail.OrderHistory.1.csv')
      if (!check.ok || check.rows !== 10_000) throw new Error('import.10k: the generated export did not import')
      return medianMs(() => importDataExport(bytes, 'Retail.OrderHistory.1.csv'), 7, 2)
    },
  },
]
