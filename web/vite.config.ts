import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Maven builds into the web jar's static/ (served by the hub at /); `npm run dev` proxies the hub.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: process.env.WEB_OUT_DIR ?? 'dist',
    emptyOutDir: true,
    rollupOptions: {
      output: {
        // the portal's first page loads only what it needs; the workbench and its forms come later
        manualChunks: (id) => (id.includes('node_modules/react') || id.includes('node_modules/scheduler') ? 'react' : undefined),
      },
    },
  },
  server: { proxy: { '/graphql': 'http://127.0.0.1:8080', '/web-config.json': 'http://127.0.0.1:8080' } },
});
