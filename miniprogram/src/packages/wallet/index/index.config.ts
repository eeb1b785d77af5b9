export default definePageConfig({ navigationBarTitleText: '数字人民币钱包' });
