/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.css';

/** The API origin, inlined at build time: '' (same origin) on H5, an absolute URL for the mini-program. */
declare const API_BASE: string;

declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export const createReactApp: (...args: unknown[]) => unknown;
  export const useDidShow: unknown;
  export const useDidHide: unknown;
  export const useRouter: unknown;
  export const usePullDownRefresh: unknown;
  export const useLoad: unknown;
}
