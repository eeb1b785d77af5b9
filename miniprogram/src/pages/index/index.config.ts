export default definePageConfig({
  navigationBarTitleText: '数字人民币红包 · 消费券',
  enablePullDownRefresh: true,
});
