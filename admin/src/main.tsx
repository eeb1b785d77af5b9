import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, StrictMode, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider, useAuth } from './auth';
import { AppLayout } from './components/AppLayout';
import { NAV, homeFor } from './nav';
import { AccessAdmin } from './pages/AccessAdmin';
import { AuditLog } from './pages/AuditLog';
import { BankOrderExceptions } from './pages/BankOrderExceptions';
import { CampaignDetail } from './pages/campaigns/CampaignDetail';
import { CampaignList } from './pages/campaigns/CampaignList';
import { CampaignWizard } from './pages/campaigns/CampaignWizard';
import { Ecny } from './pages/Ecny';
import { Funding } from './pages/Funding';
import { Login } from './pages/Login';
import { MerchantConsole } from './pages/MerchantConsole';
import { Parking } from './pages/parking';
import { RiskReview } from './pages/RiskReview';
import { RuleBuilder } from './pages/RuleBuilder';

dayjs.locale('zh-cn');

// ECharts is a megabyte: only the dashboard needs it, so it loads with that page.
const Dashboard = lazy(() => import('./pages/Dashboard').then((m) => ({ default: m.Dashboard })));

const rolesOf = (path: string) => NAV.find((n) => n.path === path)?.roles ?? [];

/** A route only the listed roles may open (others are sent to their own home page). */
function Guard({ roles, children }: { roles: string[]; children: ReactNode }) {
  const { user, can } = useAuth();
  if (!user) return <Navigate to="/login" replace />;
  return can(...roles) ? children : <Navigate to={homeFor(can)} replace />;
}

function Home() {
  const { user, can } = useAuth();
  return <Navigate to={user ? homeFor(can) : '/login'} replace />;
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#c8102e' } }}>
      <AntApp>
        <AuthProvider>
          <BrowserRouter basename="/admin">
            <Routes>
              <Route path="/login" element={<Login />} />
              <Route element={<AppLayout />}>
                <Route path="/" element={<Home />} />
                <Route
                  path="/dashboard"
                  element={
                    <Guard roles={rolesOf('/dashboard')}>
                      <Suspense fallback={<Spin style={{ display: 'block', margin: '64px auto' }} />}>
                        <Dashboard />
                      </Suspense>
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
                  path="/parking/:tab?"
                  element={
                    <Guard roles={rolesOf('/parking')}>
                      <Parking />
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
