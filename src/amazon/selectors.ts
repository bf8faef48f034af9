// Every selector the Amazon readers use, grouped by page kind, as ordered alternatives (newest first).
//
// Conventions (STYLE.md §5, checked by tests/amazon/selectors.test.ts): one alternative per line, each with a
// comment naming a fixture file (corpus file in ../shared/fixtures/amazon-pages/ or a synthetic file under
// tests/fixtures/amazon/) in which that alternative is the one that matches. No visible text in selectors.
// Generations: L0–L3 lists, D1–D4 details (reference/amazon-pages.md §3.1, §3.4).

/** Landmarks the classifier tests, in the order of reference §1.2. */
export const page = {
  akamaiRefresh: [
    'meta[http-equiv="refresh"][content*="bm-verify="]', // Akamai interstitial · rosch_akamai_interstitial.html
  ],
  wafScript: [
    'script[src*="token.awswaf.com"]', // AWS WAF challenge, any region · ao_waf-challenge.html
  ],
  captcha: [
    'form.cvf-widget-form-captcha', // CVF captcha after sign-in · ao_post-signin-captcha-1.html
    'form[action*="validateCaptcha"]', // interstitial captcha · ao_post-signin-captcha-2.html
    'input#captchacharacters', // interstitial captcha input · ao_post-signin-captcha-2.html
    '#auth-captcha-image', // captcha inside the sign-in form (amazon-orders, unverified) · 2024-01_en_signin-captcha.html
  ],
  mfa: [
    'form#auth-mfa-form', // OTP step · ao_post-signin-mfa.html
    'form#verification-code-form', // CVF OTP (rosch100 capture, not in corpus) · 2026-09_en_cvf-otp.html
    'form#pollingForm', // CVF approval by app (rosch100 capture, not in corpus) · 2026-09_en_cvf-approval.html
  ],
  signIn: [
    'form[name="signIn"]', // email and password steps · ao_signin.html
  ],
  errorImage: [
    'img[src*="/images/G/01/error/"]', // "Sorry! Something went wrong!" robot/error page · ao_500.html
  ],
  listContainer: [
    '.your-orders-content-container', // L1–L3 · ao_order-history-2024-0.html
    '#ordersContainer', // L0 legacy (2019) · az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json
  ],
  /** Shown only when Amazon really has a problem; a hidden copy sits on every server-rendered list page. */
  problemBanner: [
    '#problem-displaying-orders-page-banner', // hidden form · ao_order-history-2024-0.html
  ],
  /** Marks a page banner as hidden: the banner only counts without it (azad #298). */
  hiddenBanner: [
    '.page-banner--hidden-by-default', // server HTML · ao_order-history-2023-zero-orders.html
  ],
  /** Traces of orders inside a list container: with no recognised card, the page is not empty but unread. */
  orderEvidence: [
    '.yohtmlc-order-id', // L1–L3 order id cell · ao_order-history-2024-0.html
    'a[href*="orderID="]', // details and invoice links · ao_order-history-2023-10.html
    'a[href*="orderId="]', // track, return and support links · aoca_orders_24.html
  ],
  encryptedCard: [
    '.order-card .csd-encrypted-sensitive', // off-tab CSD-encrypted cards · 2026-06_en_encrypted-cards.html
  ],
  detailsRoot: [
    '#orderDetails', // every details generation D1–D4 · ao_order-details-114-8722141-6545058.html
  ],
  /** The bold heading of print invoices and digital order summaries, which carries the order id. */
  printHeading: [
    'b.h1', // print invoice and digital summary · bi_166-7926740-5141621.html
  ],
  trackerLandmark: [
    '.pt-delivery-card-trackingId', // tracker delivery card (no corpus page) · amazon.de/tracker/2025-03_de_dhl-delivered.html
    'script[data-a-state*=\'"page-state"\']', // tracker page-state JSON only (no corpus page) · amazon.de/tracker/2025-03_de_amzl-json-only.html
  ],
  transactions: [
    '.apx-transaction-date-container', // Your Payments › Transactions · ao_transactions-in-progress.html
  ],
} as const

/** Order list pages: cards, their headers, shipments and items (reference §3.1, §3.2). */
export const orderList = {
  card: [
    '.order-card', // L1–L3 wrapper · ao_order-history-2024-0.html
    '.a-box-group.order', // L0 legacy card · az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json
  ],
  /** 2026 cards carry the id on the card itself; the only id left on encrypted cards. */
  slotId: [
    '[data-csa-c-slot-id^="amzn1.yourorders.order-card."]', // off-tab encrypted card · 2026-06_en_encrypted-cards.html
  ],
  header: [
    '.order-header', // L2/L3 · ao_order-history-2024-0.html
    '.order-info', // L0/L1 and L1-style digital cards · ao_order-history-2023-10.html
  ],
  headerCell: [
    'li.order-header__header-list-item', // L3 header list · aoca_orders_24.html
    '.a-column', // L0–L2 grid columns · ao_order-history-2023-10.html
  ],
  cellLabel: [
    '.a-text-caps', // L2/L3 · ao_order-history-2024-0.html
    '.label', // L0/L1 · ao_order-history-2010-0.html
  ],
  cellValue: [
    '.aok-break-word', // L3 · aoca_orders_24.html
    'span.a-size-base', // L2 · ao_order-history-2024-0.html
    '.value', // L0/L1 · ao_order-history-2023-10.html
  ],
  orderId: [
    '.yohtmlc-order-id [dir="ltr"]', // L1–L3 (bdi in L1, span in L2/L3) · ao_order-history-2023-10.html
    '.actions .a-size-mini .value', // L0 header "Order #" value · az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json
  ],
  /** Links whose query names the order: details, invoice, archive, search, track. */
  idLink: [
    'a[href*="orderID="], a[href*="orderId="], a[href*="orderIds="], a[href*="search="]', // every generation · ao_order-history-2024-0.html
  ],
  digitalLink: [
    'a[href*="/gp/digital/"]', // digital order summary link · ao_order-history-2024-0.html
  ],
  /** Whole Foods and Amazon store receipts: their cards list no products ("11 items in this purchase"). */
  storeReceiptLink: [
    'a[href*="/wholefoodsmarket/receipts/"]', // Whole Foods card · ao_order-history-egift.html
    'a[href*="/go/receipts/"]', // Amazon store card · ao_order-history-amazon-store.html
  ],
  shipment: [
    '.delivery-box', // L2/L3 · ao_order-history-2024-0.html
    '.a-box.shipment', // L0/L1 · ao_order-history-2023-10.html
  ],
  status: [
    '.delivery-box__primary-text', // L2/L3 · ao_order-history-amazon-store.html
    '.js-shipment-info-container .a-text-bold', // L1 · ao_order-history-2023-10.html
    '.shipment-top-row .a-size-medium', // L0 · az_amazon.co.uk_input_D01-8755888-0539825_2019-11-01.json
  ],
  trackLink: [
    'a[href*="/ship-track"]', // L2/L3 · ao_order-history-2024-0.html
    'a[href*="/progress-tracker/"]', // L0/L1 · ao_order-history-2023-10.html
  ],
  item: [
    '.item-box', // L2/L3 · ao_order-history-2024-0.html
    '.a-fixed-left-grid-inner', // L0/L1 item grid (image column + text column) · ao_order-history-2010-0.html
  ],
  /** The "and 5 more" tile of an image grid: the card does not list every item. */
  moreItems: [
    '.and-more-message-box', // Fresh order with more items than tiles · ao_order-history-fresh.html
  ],
  itemTitle: [
    '.yohtmlc-product-title', // L2/L3 · ao_order-history-2024-0.html
    '.product-grid-image img[alt]', // L2/L3 image grid of store and Fresh orders: title only in alt · ao_order-history-amazon-store.html
    '.yohtmlc-item a[href*="/gp/product/"]', // L1 · ao_order-history-2023-10.html
    '.a-col-right a[href*="/gp/product/"]', // L0 · az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json
  ],
  itemLink: [
    'a[href*="/dp/"]', // L2/L3 · ao_order-history-2024-0.html
    'a[href*="/gp/product/"]', // L0/L1 · ao_order-history-2023-10.html
  ],
  quantity: [
    '.product-image__qty', // L2/L3 · ao_order-history-2024-0.html
    '.item-view-qty', // L0/L1 · ao_order-history-2023-10.html
  ],
  unitPrice: [
    '.a-color-price', // L0 only: later lists show no item price · az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json
  ],
} as const

/** Order details pages (reference §3.4). */
export const orderDetails = {
  orderDate: [
    '[data-component="orderDate"]', // D3/D4 · ao_order-details-coupon-savings-multiple.html
    '[data-component="orderDateInvoice"] .order-date-invoice-item', // D2 "Ordered on …" · ao_order-details-114-8722141-6545058.html
    '.order-date-invoice-item', // D1, first item · ao_order-details-112-9685975-5907428.html
  ],
  orderId: [
    '[data-component="orderId"]', // D3/D4 · rm_recap_orderrecap.html
    '[data-component="orderDateInvoice"] bdi', // D2 · ao_order-details-114-8722141-6545058.html
    '.order-date-invoice-item bdi', // D1 · ao_order-details-112-9685975-5907428.html
    '.order-date-invoice-item', // D1 2019, id as plain text "Order # 026-…" · az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json
  ],
  idLink: [
    'a[href*="orderID="], a[href*="orderId="]', // invoice and support links · ao_order-details-112-0399923-3070642.html
  ],
  shipmentAnchor: [
    '[data-component="shipmentsLeftGrid"]', // D2/D4, one per shipment · ao_order-details-111-6778632-7354601.html
    '.a-box.shipment', // D1/D3 · ao_order-details-coupon-savings-multiple.html
  ],
  /** The box around a shipment anchor: it also holds the shipment's buttons (track link). */
  shipmentBox: [
    '.a-box', // D1–D4 · ao_order-details-111-6778632-7354601.html
  ],
  status: [
    '[data-component="shipmentStatus"] h4.od-status-message', // D2/D4, status split over two spans · ao_order-details-111-6778632-7354601.html
    '.js-shipment-info-container .a-text-bold', // D1/D3 · ao_order-details-112-9685975-5907428.html
  ],
  trackLink: [
    'a[href*="/ship-track"]', // D2 shipmentConnections · ao_order-details-114-8722141-6545058.html
    'a[href*="/progress-tracker/"]', // D1 · ao_order-details-112-9685975-5907428.html
  ],
  item: [
    '[data-component="purchasedItems"] .a-fixed-left-grid', // D2/D4 · ao_order-details-111-6778632-7354601.html
    '.a-fixed-left-grid', // D1/D3 item grid (image column + text column) · ao_order-details-112-0399923-3070642.html
  ],
  itemTitle: [
    '[data-component="itemTitle"]', // D2/D4 · ao_order-details-114-8722141-6545058.html
    '.yohtmlc-item a[href*="/gp/product/"]', // D1/D3 · ao_order-details-112-0399923-3070642.html
    '.a-col-right a[href*="/gp/product/"]', // D1 2019 · az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json
  ],
  itemLink: [
    'a[href*="/dp/"]', // D2/D4 · ao_order-details-114-8722141-6545058.html
    'a[href*="/gp/product/"]', // D1/D3 · ao_order-details-112-0399923-3070642.html
  ],
  quantity: [
    '.od-item-view-qty', // D4 badge (2025-07) · ao_order-gift-card-snippet.html
    '[data-component="quantity"]', // D4 print view, often empty · rm_recap_orderrecap.html
    '.item-view-qty', // D1/D3 · ao_order-details-112-9685975-5907428.html
  ],
  unitPrice: [
    '[data-component="unitPrice"] .a-offscreen', // D2/D4 · ao_order-details-114-8722141-6545058.html
    '.a-color-price', // D1/D3 · ao_order-details-112-0399923-3070642.html
  ],
  subtotalRow: [
    '.od-line-item-row', // D4 · ao_order-gift-card-snippet.html
    '#od-subtotals .a-row', // D1–D3 · ao_order-details-112-0399923-3070642.html
  ],
  subtotalLabel: [
    '.od-line-item-row-label', // D4 · ao_order-gift-card-snippet.html
    '.a-span7', // D1–D3 · ao_order-details-112-0399923-3070642.html
  ],
  subtotalValue: [
    '.od-line-item-row-content', // D4 · ao_order-gift-card-snippet.html
    '.a-span-last', // D1–D3 · ao_order-details-112-0399923-3070642.html
  ],
  digitalLink: [
    'a[href*="/gp/digital/"]', // digital order shown as a search result · ao_order-details-112-9087159-1657009.html
  ],
} as const

/** A group of selector sites: site name → ordered alternatives. */
export type SelectorGroup = Readonly<Record<string, readonly string[]>>

// ---------- FIXTURES helper groups: tracker, invoice, digital order summary ----------

/** Progress-tracker page (reference §3.5). No corpus page exists: every alternative is proven by a synthetic fixture. */
export const tracker = {
  /** AUI state script whose JSON holds orderId, trackingId, promise and detailedState: language-independent. */
  pageState: [
    'script[data-a-state*=\'"page-state"\']', // 2025 tracker · amazon.de/tracker/2025-03_de_amzl-json-only.html
  ],
  trackingId: [
    '.pt-delivery-card-trackingId', // 2025 delivery card · amazon.de/tracker/2025-03_de_dhl-delivered.html
    '.carrierRelatedInfo-trackingId-text', // legacy carrier block · amazon.co.uk/tracker/2023-11_en_legacy-carrier-info.html
  ],
  carrier: [
    '.pt-delivery-card-wrapper h3', // carrier heading · amazon.de/tracker/2025-03_de_dhl-delivered.html
    '.pt-delivery-card-wrapper .a-spacing-small', // carrier line that is not a heading · amazon.de/tracker/2025-03_de_hermes-in-transit.html
    '.carrierRelatedInfo-mfn-providerTitle', // legacy carrier block · amazon.co.uk/tracker/2023-11_en_legacy-carrier-info.html
  ],
  mainStatus: [
    'h1.pt-status-main-status', // 2025 status heading · amazon.de/tracker/2025-03_de_dhl-delivered.html
    '#primaryStatus', // legacy · amazon.co.uk/tracker/2023-11_en_legacy-carrier-info.html
  ],
  secondaryStatus: [
    '.pt-status-secondary-status', // 2025 · amazon.it/tracker/2025-03_it_ups-out-for-delivery.html
    '#secondaryStatus', // legacy · amazon.co.uk/tracker/2023-11_en_legacy-carrier-info.html
  ],
  /** One element per reached step ("Versandt 4. März"): gives the ship date. */
  milestone: [
    '.pt-status-milestones .pt-status-milestone--complete', // 2025 · amazon.de/tracker/2025-03_de_dhl-delivered.html
    '.milestone-primaryMessage', // legacy · amazon.co.uk/tracker/2023-11_en_legacy-carrier-info.html
  ],
} as const

/** Print invoice / order summary `/gp/css/summary/print.html` (reference §3.6): old table markup, no classes. */
export const invoice = {
  heading: [
    'b.h1', // "Final Details for Order #…" / "Übersicht zur Bestellung #…" · bi_166-7926740-5141621.html
  ],
  /** Top cells: order placed, order number, order total (label in `b`, value after it). */
  summaryCell: [
    'td[align="left"][valign="top"]', // every print invoice · bi_de_DE_142-4912939-2196263.html
  ],
  /** One black-framed box per shipment, then one for payment (which has no item cells). */
  shipmentBox: [
    'table[bgcolor="#000000"][cellspacing="3"]', // every print invoice · bi_166-7926740-5141621.html
  ],
  /** "Shipped on February 8, 2016" / "Versand in Kürze". */
  shipmentHeading: [
    'center', // every print invoice · bi_de_DE_142-4912939-2196263.html
  ],
  item: [
    'td[colspan="1"][valign="top"]', // "1 of: <i>title</i>" cell · bi_166-7926740-5141621.html
  ],
  itemTitle: [
    'i', // every print invoice · bi_166-7926740-5141621.html
  ],
  /** Looked up in the item cell's row. */
  itemPrice: [
    'td[align="right"][colspan="2"]', // every print invoice · bi_de_DE_142-4912939-2196263.html
  ],
  /** The row around an item cell (closest). */
  itemRow: [
    'tr', // every print invoice · bi_166-7926740-5141621.html
  ],
  /** The label inside a summary cell ("Order Placed:"). */
  cellLabel: [
    'b', // every print invoice · bi_166-7926740-5141621.html
  ],
} as const

/** Digital order summary `/gp/digital/your-account/order-summary.html` (reference §3.6). */
export const digitalSummary = {
  heading: [
    'b.h1', // "… Order Summary #D01-…" / "Details zur Bestellung # D22-…" · aoca_order-summary-D01-4163891-0896264.html
  ],
  /** "Order number: …", "Order Total: …" lines (their text, label included). */
  summaryLine: [
    '.orderSummary li', // list form · aoca_order-summary-D01-4163891-0896264.html
    '.orderSummary td > b', // table form (read the enclosing cell) · bi_de_DE_D22-9220967-2566135.html
  ],
  /** "Digital Order: May 5 2024" / "Digitale Bestellung: 31 Mai 2020". */
  orderDate: [
    'td[bgcolor="#ddddcc"] b', // tan header bar · aoca_order-summary-D01-4163891-0896264.html
    'table.sample td[align="center"] b', // centred header cell · bi_de_DE_D22-9220967-2566135.html
  ],
  itemLink: [
    'table.sample a[href*="/dp/"]', // every digital summary · aoca_order-summary-D01-4163891-0896264.html
  ],
  /** Looked up in the item link's row. */
  itemPrice: [
    'td.a-text-right', // · aoca_order-summary-D01-4163891-0896264.html
    'td[align="right"]', // · bi_de_DE_D22-9220967-2566135.html
  ],
  /** The row around an item link (closest). */
  itemRow: [
    'tr', // every digital summary · aoca_order-summary-D01-4163891-0896264.html
  ],
} as const
