// Builds dist/chrome (default mode) or dist/firefox (`--mode firefox`) from one manifest function.
import { crx } from '@crxjs/vite-plugin'
import preact from '@preact/preset-vite'
import { defineConfig } from 'vite'
import { manifestFor } from './manifest.config.ts'
import pkg from './package.json' with { type: 'json' }

export default defineConfig(({ mode }) => {
  const target = mode === 'firefox' ? 'firefox' : 'chrome'
  return {
    plugins: [
      preact(),
      crx({
        manifest: manifestFor(target),
        browser: target,
        // Standalone content scripts are single IIFE files, so no chunk needs to be
        // web-accessible (platform.md §2.3): Amazon pages cannot probe for the extension.
        contentScripts: { standaloneFiles: ['src/content/order-pages.ts'] },
      }),
    ],
    define: { __TARGET__: JSON.stringify(target), __VERSION__: JSON.stringify(pkg.version) },
    build: {
      outDir: `dist/${target}`,
      emptyOutDir: true,
      target: target === 'firefox' ? 'firefox140' : 'chrome120',
      minify: true,
      sourcemap: false,
    },
  }
})
