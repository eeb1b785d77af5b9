// What `@tarojs/taro` is on H5, for unit tests: the H5 API plus React's hooks, as one default export
// so that `vi.spyOn(Taro, 'request')` replaces what the app calls.
import * as taro from '@tarojs/taro-h5';
import * as hooks from '@tarojs/plugin-framework-react/dist/runtime';

const Taro = Object.assign({}, (taro as { default?: object }).default ?? {}, taro, hooks);
export const { useDidShow, useDidHide, useRouter, usePullDownRefresh, useLoad } = hooks as unknown as Record<
  string,
  never
>;
export default Taro;
