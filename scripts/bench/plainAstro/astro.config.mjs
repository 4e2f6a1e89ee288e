import { defineConfig } from 'astro/config'

// The baseline for the site-build benchmark: plain Astro building the same pages from the same JSON, with
// the simplest template that shows an item. No islands, no integrations.
export default defineConfig({ output: 'static', outDir: process.env.SITE_OUT_DIR || './dist', trailingSlash: 'always' })
