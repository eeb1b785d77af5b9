export default definePageConfig({ navigationBarTitleText: '我的预付合约' });
