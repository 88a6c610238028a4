import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client build. scripts/build.mjs adds the server build and prerenders every page.
export default defineConfig({
  plugins: [react()],
  build: {
    // Budgets are checked by tests/e2e/budget.test.ts, not by a warning here.
    chunkSizeWarningLimit: 400,
    manifest: true,
    rollupOptions: {
      // "/" gets only a tiny language redirect, not the app (scripts/build.mjs wires it in).
      input: { main: 'index.html', 'root-redirect': 'src/app/root-redirect.ts' },
    },
  },
});
