import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server (apps/server) runs on :3000 in development (TATABBU_API to point elsewhere);
// the built app is served by it in production.
const API = process.env.TATABBU_API ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: API, changeOrigin: false },
      '/healthz': { target: API },
      '/readyz': { target: API },
    },
  },
  preview: {
    proxy: {
      '/api': { target: API },
      '/healthz': { target: API },
      '/readyz': { target: API },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Lets bench/src/first-load.ts follow a page's lazy chunk and its imports.
    manifest: true,
    rollupOptions: {
      output: {
        // Long-lived vendor chunks: a new release of the app does not make slow connections
        // download React and Mantine again.
        manualChunks(id) {
          // Its own chunk, imported first, so zod is jitless before any other module parses.
          if (id.includes('zod-csp')) return 'zod-csp';
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/](i18next|react-i18next|@tanstack)[\\/]/.test(id)) return 'libs';
          return undefined;
        },
      },
    },
  },
});
