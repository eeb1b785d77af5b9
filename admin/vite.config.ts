import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Served by the server at /admin/ (marketing-server/src/http/web-app.ts); `npm run dev -w admin`
// proxies the API to a local `npm start`.
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        // antd is not one chunk: each page's chunk takes the components it uses, so the login screen
        // does not load the tables, pickers and charts of the rest of the console.
        manualChunks: {
          echarts: ['echarts'],
          react: ['react', 'react-dom', 'react-router-dom'],
        },
      },
    },
  },
  server: { port: 5174, proxy: { '/api': 'http://127.0.0.1:3000' } },
});
