import path from 'node:path';
import { defineConfig } from '@tarojs/cli';

// One source, two targets. The H5 build goes to ../h5/dist (served by the server at /h5/); the weapp
// build to dist/weapp (what project.config.json points WeChat DevTools at).
const isH5 = process.env.TARO_ENV === 'h5';
const base = process.env.TARO_H5_BASE || '/h5/';
const h5Src = path.resolve(__dirname, '..', '..', 'h5', 'src');
const outputRoot =
  process.env.TARO_OUTPUT || (isH5 ? path.resolve(__dirname, '..', '..', 'h5', 'dist') : 'dist/weapp');

// Web-only code (the phone + OTP login) lives in h5/src; the weapp adapter (Taro.login) in src/platform.
// npm workspaces may leave some @tarojs packages in miniprogram/node_modules rather than hoisting
// them; Taro's own packages (at the root) must still find them.
const ownModules = path.resolve(__dirname, '..', 'node_modules');
type ModuleList = { add: (p: string) => ModuleList };
const findOwnModules = (chain: { resolve: { modules: ModuleList } }) => {
  chain.resolve.modules.add(ownModules).add('node_modules');
};

const platformDir = isH5
  ? path.join(h5Src, 'platform')
  : path.resolve(__dirname, '..', 'src', 'platform', 'weapp');

export default defineConfig<'webpack5'>(async (merge: (...configs: object[]) => object) =>
  merge(
    {},
    {
      projectName: 'shuyuan-citizen',
      date: '2026-12-01',
      designWidth: 750,
      deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
      sourceRoot: 'src',
      outputRoot,
      alias: { '@': path.resolve(__dirname, '..', 'src'), '@platform': platformDir },
      // H5 talks to its own origin; the mini-program needs an absolute URL (https in production,
      // a local `npm start` in DevTools with the domain check off).
      defineConstants: {
        API_BASE: JSON.stringify(process.env.SHUYUAN_API_BASE ?? (isH5 ? '' : 'http://127.0.0.1:3000')),
      },
      framework: 'react',
      compiler: 'webpack5',
      cache: { enable: false },
      mini: {
        compile: { include: [h5Src] },
        postcss: { pxtransform: { enable: true, config: {} } },
        optimizeMainPackage: { enable: true },
        webpackChain: findOwnModules,
      },
      h5: {
        publicPath: base,
        staticDirectory: 'static',
        compile: { include: [h5Src] },
        router: { mode: 'hash' },
        output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
        miniCssExtractPluginOption: {
          filename: 'css/[name].[contenthash:8].css',
          chunkFilename: 'css/[name].[chunkhash:8].css',
        },
        postcss: { autoprefixer: { enable: true } },
        devServer: { host: '127.0.0.1', port: 10086 },
        webpackChain(
          chain: Parameters<typeof findOwnModules>[0] & { performance: { hints: (on: boolean) => void } },
        ) {
          chain.performance.hints(false);
          findOwnModules(chain);
        },
      },
    },
  ),
);
