// Japanese (amazon.co.jp). Months are numbers with 月; dates read 2024年11月2日.
import type { LanguagePack } from '../language-pack.ts'

export const ja: LanguagePack = {
  tag: 'ja',
  months: [['1月'], ['2月'], ['3月'], ['4月'], ['5月'], ['6月'], ['7月'], ['8月'], ['9月'], ['10月'], ['11月'], ['12月']],
  weekdays: [['月曜日', '月曜'], ['火曜日', '火曜'], ['水曜日', '水曜'], ['木曜日', '木曜'], ['金曜日', '金曜'], ['土曜日', '土曜'], ['日曜日', '日曜']],
  relativeDays: { today: ['今日', '本日'], tomorrow: ['明日'], yesterday: ['昨日'] },
  dateOrders: ['YMD'],
  numericDate: { order: 'YMD', separators: ['/'] },
  daySuffixes: ['日'],
  yearSuffixes: ['年'],
  dateConnectors: [],
  decimalSeparator: '.',
  groupingSeparator: ',',
  currencyPlacement: { position: 'prefix', space: false },
  status: {
    delivered: ['配達済み', '配達完了', 'お届け済み'],
    arriving: ['お届け予定', '到着予定', '配達予定'],
    shipped: ['発送済み'],
    outForDelivery: ['配達中', '配送中'],
    cancelled: ['キャンセル済み', 'キャンセルされました', 'キャンセル'],
    refunded: ['返金済み'],
    returnComplete: ['返品完了', '返品済み'],
    notYetShipped: ['未発送', 'まだ発送されていません'],
  },
  labels: {
    orderPlaced: ['注文日'],
    total: ['合計', '注文合計'],
    orderNumber: ['注文番号'],
    shipTo: ['お届け先'],
    trackPackage: ['配送状況を確認'],
    sample: ['サンプル', '試供品', 'お試し'],
  },
}
