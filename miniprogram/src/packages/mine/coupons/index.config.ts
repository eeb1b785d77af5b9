export default definePageConfig({ navigationBarTitleText: '我的红包和券', enablePullDownRefresh: true });
