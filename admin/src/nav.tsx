import {
  ApiOutlined,
  AuditOutlined,
  CarOutlined,
  ExceptionOutlined,
  NodeIndexOutlined,
  BarChartOutlined,
  FundOutlined,
  NotificationOutlined,
  SafetyOutlined,
  ShopOutlined,
  TeamOutlined,
  WalletOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

export type NavItem = { path: string; label: string; icon: ReactNode; roles: string[] };

/** The menu, by role (admin: users and roles only). Routes use the same lists; the server enforces them too. */
export const NAV: NavItem[] = [
  {
    path: '/dashboard',
    label: '数据看板',
    icon: <BarChartOutlined />,
    roles: ['campaign_manager', 'approver', 'funder', 'auditor', 'risk_analyst'],
  },
  {
    path: '/campaigns',
    label: '活动管理',
    icon: <NotificationOutlined />,
    roles: ['campaign_manager', 'approver', 'funder', 'auditor', 'risk_analyst'],
  },
  { path: '/parking', label: '停车收费', icon: <CarOutlined />, roles: ['campaign_manager', 'auditor'] },
  { path: '/funding', label: '资金与对账', icon: <FundOutlined />, roles: ['funder', 'auditor'] },
  {
    path: '/bank-exceptions',
    label: '银行订单异常',
    icon: <ExceptionOutlined />,
    roles: ['funder', 'auditor', 'approver'],
  },
  { path: '/ecny', label: '数字人民币业务', icon: <WalletOutlined />, roles: ['ecny_officer', 'auditor'] },
  {
    path: '/hard-wallet',
    label: '硬钱包与园区',
    icon: <WalletOutlined />,
    roles: ['ecny_officer', 'registrar', 'auditor'],
  },
  { path: '/risk', label: '风控审核', icon: <SafetyOutlined />, roles: ['risk_analyst'] },
  { path: '/merchant', label: '商户核销', icon: <ShopOutlined />, roles: ['merchant_operator'] },
  {
    path: '/prepaid',
    label: '预付资金监管',
    icon: <SafetyOutlined />,
    roles: ['regulator', 'auditor', 'approver'],
  },
  { path: '/prepaid-merchant', label: '预付经营', icon: <ShopOutlined />, roles: ['merchant_operator'] },
  // After the merchant pages: a role's home is the first entry it may open (homeFor), and the
  // transit desk's operators are merchant operators whose home is 商户核销.
  {
    path: '/transit',
    label: '轨道交通',
    icon: <NodeIndexOutlined />,
    roles: ['campaign_manager', 'approver', 'auditor', 'merchant_operator'],
  },
  { path: '/audit', label: '审计日志', icon: <AuditOutlined />, roles: ['auditor'] },
  { path: '/access', label: '用户与角色', icon: <TeamOutlined />, roles: ['admin'] },
  {
    path: '/developer',
    label: '开放平台',
    icon: <ApiOutlined />,
    roles: ['registrar', 'approver', 'auditor'],
  },
  { path: '/partner', label: '开发者中心', icon: <ApiOutlined />, roles: ['partner_developer'] },
];

export function homeFor(can: (...roles: string[]) => boolean): string {
  return NAV.find((n) => can(...n.roles))?.path ?? '/login';
}
