// Build-target constants, fixed at build time by vite.config.ts `define`.
declare const __TARGET__: 'chrome' | 'firefox'
declare const __VERSION__: string

export const TARGET: 'chrome' | 'firefox' = typeof __TARGET__ === 'string' ? __TARGET__ : 'chrome'
export const VERSION: string = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0'
