import { App as AntApp, ConfigProvider, type ThemeConfig } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth';
import { NAV, homeFor } from './nav';

// antd's defaults put secondary text (#8c8c8c), links (#1677ff) and danger text (#ff4d4f) below WCAG
// AA's 4.5:1 on white; these keep the look and pass (axe runs in the browser tests).
const THEME: ThemeConfig = {
  token: {
    colorPrimary: '#c8102e',
    colorLink: '#0958d9',
    colorError: '#cf1322',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  },
};

dayjs.locale('zh-cn');

// Every page is its own chunk, loaded when first opened: the login screen loads only what it draws
// (ECharts, a megabyte, comes with the dashboard; the rule builder, tables and charts with theirs).
const Dashboard = lazy(() => import('./pages/Dashboard').then((m) => ({ default: m.Dashboard })));
const AccessAdmin = lazy(() => import('./pages/AccessAdmin').then((m) => ({ default: m.AccessAdmin })));
const DeveloperPortal = lazy(() => import('./pages/DeveloperPortal'));
const PartnerPortal = lazy(() => import('./pages/PartnerPortal'));
const AuditLog = lazy(() => import('./pages/AuditLog').then((m) => ({ default: m.AuditLog })));
const BankOrderExceptions = lazy(() =>
  import('./pages/BankOrderExceptions').then((m) => ({ default: m.BankOrderExceptions })),
);
const CampaignDetail = lazy(() =>
  import('./pages/campaigns/CampaignDetail').then((m) => ({ default: m.CampaignDetail })),
);
const CampaignList = lazy(() =>
  import('./pages/campaigns/CampaignList').then((m) => ({ default: m.CampaignList })),
);
const CampaignWizard = lazy(() =>
  import('./pages/campaigns/CampaignWizard').then((m) => ({ default: m.CampaignWizard })),
);
const Ecny = lazy(() => import('./pages/Ecny').then((m) => ({ default: m.Ecny })));
const HardWallet = lazy(() => import('./pages/HardWallet'));
const Prepaid = lazy(() => import('./pages/Prepaid').then((m) => ({ default: m.Prepaid })));
const PrepaidMerchant = lazy(() =>
  import('./pages/PrepaidMerchant').then((m) => ({ default: m.PrepaidMerchant })),
);
const Funding = lazy(() => import('./pages/Funding').then((m) => ({ default: m.Funding })));
const Login = lazy(() => import('./pages/Login').then((m) => ({ default: m.Login })));
const MerchantConsole = lazy(() =>
  import('./pages/MerchantConsole').then((m) => ({ default: m.MerchantConsole })),
);
const Parking = lazy(() => import('./pages/parking').then((m) => ({ default: m.Parking })));
const Transit = lazy(() => import('./pages/transit').then((m) => ({ default: m.Transit })));
const RiskReview = lazy(() => import('./pages/RiskReview').then((m) => ({ default: m.RiskReview })));
const RuleBuilder = lazy(() => import('./pages/RuleBuilder').then((m) => ({ default: m.RuleBuilder })));

const AppLayout = lazy(() => import('./components/AppLayout').then((m) => ({ default: m.AppLayout })));

const pageFallback = <Spin style={{ display: 'block', margin: '64px auto' }} />;

const rolesOf = (path: string) => NAV.find((n) => n.path === path)?.roles ?? [];

/** A route only the listed roles may open (others are sent to their own home page). */
function Guard({ roles, children }: { roles: string[]; children: ReactNode }) {
  const { user, can } = useAuth();
  if (!user) return <Navigate to="/login" replace />;
  return can(...roles) ? (
    <Suspense fallback={pageFallback}>{children}</Suspense>
  ) : (
    <Navigate to={homeFor(can)} replace />
  );
}

function Home() {
  const { user, can } = useAuth();
  return <Navigate to={user ? homeFor(can) : '/login'} replace />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={THEME}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter basename="/admin">
            <Routes>
              <Route
                path="/login"
                element={
                  <Suspense fallback={pageFallback}>
                    <Login />
                  </Suspense>
                }
              />
              <Route
                element={
                  <Suspense fallback={pageFallback}>
                    <AppLayout />
                  </Suspense>
                }
              >
                <Route path="/" element={<Home />} />
                <Route
                  path="/dashboard"
                  element={
                    <Guard roles={rolesOf('/dashboard')}>
                      <Dashboard />
                    </Guard>
                  }
                />
                <Route
                  path="/campaigns"
                  element={
                    <Guard roles={rolesOf('/campaigns')}>
                      <CampaignList />
                    </Guard>
                  }
                />
                <Route
                  path="/campaigns/new"
                  element={
                    <Guard roles={['campaign_manager']}>
                      <CampaignWizard />
                    </Guard>
                  }
                />
                <Route
                  path="/campaigns/:id/edit"
                  element={
                    <Guard roles={['campaign_manager']}>
                      <CampaignWizard />
                    </Guard>
                  }
                />
                <Route
                  path="/campaigns/:id"
                  element={
                    <Guard roles={rolesOf('/campaigns')}>
                      <CampaignDetail />
                    </Guard>
                  }
                />
                <Route
                  path="/campaigns/:id/rules/:kind"
                  element={
                    <Guard roles={['campaign_manager', 'approver', 'risk_analyst', 'auditor']}>
                      <RuleBuilder />
                    </Guard>
                  }
                />
                <Route
                  path="/transit"
                  element={
                    <Guard roles={rolesOf('/transit')}>
                      <Transit />
                    </Guard>
                  }
                />
                <Route
                  path="/parking/:tab?"
                  element={
                    <Guard roles={rolesOf('/parking')}>
                      <Parking />
                    </Guard>
                  }
                />
                <Route
                  path="/hard-wallet"
                  element={
                    <Guard roles={rolesOf('/hard-wallet')}>
                      <HardWallet />
                    </Guard>
                  }
                />
                <Route
                  path="/ecny/:tab?"
                  element={
                    <Guard roles={rolesOf('/ecny')}>
                      <Ecny />
                    </Guard>
                  }
                />
                <Route
                  path="/prepaid"
                  element={
                    <Guard roles={rolesOf('/prepaid')}>
                      <Prepaid />
                    </Guard>
                  }
                />
                <Route
                  path="/prepaid-merchant"
                  element={
                    <Guard roles={rolesOf('/prepaid-merchant')}>
                      <PrepaidMerchant />
                    </Guard>
                  }
                />
                <Route
                  path="/funding/:tab?"
                  element={
                    <Guard roles={rolesOf('/funding')}>
                      <Funding />
                    </Guard>
                  }
                />
                <Route
                  path="/bank-exceptions"
                  element={
                    <Guard roles={rolesOf('/bank-exceptions')}>
                      <BankOrderExceptions />
                    </Guard>
                  }
                />
                <Route
                  path="/risk"
                  element={
                    <Guard roles={rolesOf('/risk')}>
                      <RiskReview />
                    </Guard>
                  }
                />
                <Route
                  path="/merchant"
                  element={
                    <Guard roles={rolesOf('/merchant')}>
                      <MerchantConsole />
                    </Guard>
                  }
                />
                <Route
                  path="/developer"
                  element={
                    <Guard roles={rolesOf('/developer')}>
                      <DeveloperPortal />
                    </Guard>
                  }
                />
                <Route
                  path="/partner"
                  element={
                    <Guard roles={rolesOf('/partner')}>
                      <PartnerPortal />
                    </Guard>
                  }
                />
                <Route
                  path="/audit"
                  element={
                    <Guard roles={rolesOf('/audit')}>
                      <AuditLog />
                    </Guard>
                  }
                />
                <Route
                  path="/access"
                  element={
                    <Guard roles={rolesOf('/access')}>
                      <AccessAdmin />
                    </Guard>
                  }
                />
                <Route path="*" element={<Home />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </AuthProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
