import type { ComponentType } from 'react';
import type { LoginResult } from '../lib/session';

export type LoginPanelProps = { onLoggedIn: (login: LoginResult) => void };

/**
 * What differs between the mini-program and the web, and nothing else: how a citizen logs in and
 * which channel claims are recorded under, how it learns the network went away, whether it can scan. Pages import `@platform`, which the build points at
 * src/platform/weapp (WeChat login) or h5/src/platform (phone + SMS code).
 */
export type Platform = {
  channel: 'weapp' | 'h5';
  LoginPanel: ComponentType<LoginPanelProps>;
  /** Calls back with whether the device is online, now and on every change; returns the unsubscribe. */
  watchNetwork: (onChange: (online: boolean) => void) => () => void;
  /**
   * Scans a QR code with the camera (a parking lot's code): its text, or null if the citizen cancelled.
   * Absent where the app cannot scan (a web page: there the phone's camera opens the code's link, which
   * leads to the same page with the lot already chosen).
   */
  scanQr?: () => Promise<string | null>;
  /**
   * Asks the citizen to allow one WeChat subscribe message of this template (wx.requestSubscribeMessage,
   * which must run inside a tap): true when they tapped 允许. Absent on the web, which has no such thing.
   */
  requestSubscribe?: (templateId: string) => Promise<boolean>;
  /** Runs once when the app mounts (the web makes its role=button elements keyboard-reachable). */
  onAppMount?: () => (() => void) | void;
};
