import react from '@vitejs/plugin-react';
import { defineConfig, type PluginOption } from 'vite';

// The API server (apps/server) runs on :3000 in development; the built app is served by it in production.
const API = 'http://127.0.0.1:3000';

export default defineConfig({
  // @vitejs/plugin-react is hoisted to the root, whose types come from the root's newer vite.
  plugins: [react() as unknown as PluginOption],
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
    rollupOptions: {
      output: {
        // Long-lived vendor chunks: a new release of the app does not make slow connections
        // download React and Mantine again.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return 'react';
          if (/[\\/]node_modules[\\/]@mantine[\\/]/.test(id)) return 'mantine';
          if (/[\\/]node_modules[\\/](i18next|react-i18next|@tanstack)[\\/]/.test(id)) return 'libs';
          return undefined;
        },
      },
    },
  },
});
