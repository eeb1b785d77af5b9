// Main package: home and login only (what a citizen sees first); everything else is a sub-package
// loaded on first use, and preloaded from home over Wi-Fi.
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index'],
  subPackages: [
    { root: 'packages/campaign', pages: ['detail/index'] },
    { root: 'packages/mine', pages: ['coupons/index', 'coupon/index'] },
    { root: 'packages/wallet', pages: ['index/index'] },
    { root: 'packages/me', pages: ['index/index', 'privacy/index'] },
    { root: 'packages/cashier', pages: ['index/index'] },
    { root: 'packages/prepaid', pages: ['index/index', 'contract/index'] },
    { root: 'packages/hardwallet', pages: ['index/index'] },
    { root: 'packages/transit', pages: ['code/index', 'journeys/index'] },
    {
      root: 'packages/parking',
      pages: ['index/index', 'lookup/index', 'pay/index', 'receipt/index'],
    },
  ],
  preloadRule: {
    'pages/index/index': { network: 'all', packages: ['packages/campaign', 'packages/mine'] },
  },
  window: {
    backgroundTextStyle: 'light',
    navigationBarBackgroundColor: '#c8102e',
    navigationBarTitleText: '数元 · 数字人民币',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f6f6f6',
  },
});
