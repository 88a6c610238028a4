import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The client build. scripts/build.mjs adds the server build and prerenders every page.
export default defineConfig({
  plugins: [react()],
  build: {
    // Budgets are checked by tests/e2e/budget.test.ts, not by a warning here.
    chunkSizeWarningLimit: 400,
  },
});
