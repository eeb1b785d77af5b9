export default definePageConfig({ navigationBarTitleText: '我的硬钱包' });
