import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { babelOptimizerPlugin } from '@graphql-codegen/client-preset';

// Maven builds into the web jar's static/ (served by the hub at /); `npm run dev` proxies the hub.
export default defineConfig({
  plugins: [
    react(),
    // each graphql(`…`) becomes an import of its own generated document, so a page carries only the
    // operations it runs (without it, every page's operations ride in the home page's bundle)
    babel({ include: /src[/\\].*\.tsx?$/, exclude: /src[/\\]gql[/\\]/, plugins: [[babelOptimizerPlugin, { artifactDirectory: './src/gql', gqlTagName: 'graphql' }]] }),
  ],
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
