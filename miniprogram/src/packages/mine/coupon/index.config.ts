export default definePageConfig({ navigationBarTitleText: '券码', navigationBarBackgroundColor: '#c8102e' });
