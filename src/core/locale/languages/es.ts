// Spanish (amazon.es, .com.mx, and the Spanish view of amazon.com).
import type { LanguagePack } from '../language-pack.ts'

export const es: LanguagePack = {
  tag: 'es',
  months: [
    ['enero', 'ene'], ['febrero', 'feb'], ['marzo', 'mar'], ['abril', 'abr'], ['mayo', 'may'], ['junio', 'jun'],
    ['julio', 'jul'], ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'sep', 'set'], ['octubre', 'oct'], ['noviembre', 'nov'], ['diciembre', 'dic'],
  ],
  weekdays: [['lunes'], ['martes'], ['miércoles', 'miercoles'], ['jueves'], ['viernes'], ['sábado', 'sabado'], ['domingo']],
  relativeDays: { today: ['hoy'], tomorrow: ['mañana'], yesterday: ['ayer'] },
  // "5 de noviembre de 2024", "5 nov. 2024".
  dateOrders: ['DMY'],
  numericDate: { order: 'DMY', separators: ['/'] },
  daySuffixes: ['º'],
  yearSuffixes: [],
  dateConnectors: ['de'],
  decimalSeparator: ',',
  groupingSeparator: '.',
  currencyPlacement: { position: 'suffix', space: true },
  status: {
    delivered: ['entregado', 'entregados', 'entregada', 'entrega realizada'],
    arriving: ['llega', 'llegará', 'llegada prevista', 'entrega prevista'],
    shipped: ['enviado', 'enviados', 'enviada'],
    outForDelivery: ['en reparto'],
    cancelled: ['cancelado', 'cancelada', 'cancelados'],
    refunded: ['reembolsado', 'reembolso emitido'],
    returnComplete: ['devolución completada', 'devuelto'],
    notYetShipped: ['aún no enviado', 'todavía no enviado', 'aún no se ha enviado'],
  },
  labels: {
    orderPlaced: ['pedido realizado', 'pedido realizado el'],
    total: ['total', 'total del pedido'],
    orderNumber: ['pedido n.º', 'n.º de pedido', 'número de pedido'],
    shipTo: ['enviar a', 'dirección de envío'],
    trackPackage: ['rastrear paquete', 'seguir el paquete'],
    sample: ['muestra', 'muestras', 'muestra gratuita', 'muestra gratis'],
  },
}
