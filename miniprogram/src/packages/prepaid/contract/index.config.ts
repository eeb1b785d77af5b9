export default definePageConfig({ navigationBarTitleText: '预付合约详情' });
