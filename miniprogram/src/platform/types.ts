import type { ComponentType } from 'react';
import type { LoginResult } from '../lib/session';

export type LoginPanelProps = { onLoggedIn: (login: LoginResult) => void };

/**
 * What differs between the mini-program and the web, and nothing else: how a citizen logs in and
 * which channel claims are recorded under. Pages import `@platform`, which the build points at
 * src/platform/weapp (WeChat login) or h5/src/platform (phone + SMS code).
 */
export type Platform = {
  channel: 'weapp' | 'h5';
  LoginPanel: ComponentType<LoginPanelProps>;
};
