import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Unit and component tests of the citizen app: the real Taro H5 components and APIs under jsdom.
const here = path.dirname(new URL(import.meta.url).pathname);
const own = (p: string) => path.join(here, 'node_modules', p);

export default defineConfig({
  root: here,
  // Taro's published maps point at sources it does not ship; the warnings would bury the results.
  logLevel: 'error',
  define: {
    'process.env.TARO_ENV': JSON.stringify('h5'),
    'process.env.TARO_PLATFORM': JSON.stringify('web'),
    ENABLE_INNER_HTML: 'true',
    ENABLE_ADJACENT_HTML: 'true',
    ENABLE_SIZE_APIS: 'true',
    ENABLE_TEMPLATE_CONTENT: 'true',
    ENABLE_CLONE_NODE: 'true',
    ENABLE_CONTAINS: 'true',
    ENABLE_MUTATION_OBSERVER: 'true',
    API_BASE: JSON.stringify(''),
    DEPRECATED_ADAPTER_COMPONENT: 'false',
  },
  resolve: {
    alias: [
      { find: /^@tarojs\/taro$/, replacement: path.join(here, 'test', 'taro-shim.ts') },
      { find: /^@tarojs\/components$/, replacement: '@tarojs/components/lib/react' },
      {
        find: /^@tarojs\/plugin-framework-react\/(.*)$/,
        replacement: `${own('@tarojs/plugin-framework-react')}/$1`,
      },
      { find: /^@tarojs\/router$/, replacement: own('@tarojs/router') },
      { find: /^@platform$/, replacement: path.join(here, '..', 'h5', 'src', 'platform', 'index.tsx') },
      { find: /^@\/(.*)$/, replacement: path.join(here, 'src', '$1') },
    ],
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}', '../h5/src/**/*.test.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: ['test/setup.ts'],
    server: { deps: { inline: [/@tarojs/, /swiper/, /@stencil/] } },
  },
});
