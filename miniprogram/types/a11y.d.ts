// On H5 a Taro <Text> is a <taro-text-core> element like any other: a tappable one needs a role for
// screen readers (WeChat reads `role` and `aria-*` on <text> too). Taro types `role` on View only.
export {};

declare module '@tarojs/components/types/Text' {
  interface TextProps {
    role?: string;
  }
}

// A Taro <Button> is <taro-button-core> on H5, not a <button>: it needs role="button" to be one.
declare module '@tarojs/components/types/Button' {
  interface ButtonProps {
    role?: string;
  }
}
