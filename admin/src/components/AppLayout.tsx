import { Breadcrumb, Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth';
import { ROLE_LABEL } from '../i18n/labels';
import { crumbsFor } from '../breadcrumbs';
import { AlertsBanner } from './AlertsBanner';
import { ApprovalTodo } from './ApprovalTodo';
import { NAV } from '../nav';

export function AppLayout() {
  const { user, can, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const items = NAV.filter((n) => can(...n.roles)).map((n) => ({
    key: n.path,
    icon: n.icon,
    label: n.label,
  }));
  const selected = NAV.find((n) => location.pathname.startsWith(n.path))?.path;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="light" width={208}>
        <div style={{ padding: '20px 24px', fontWeight: 700, fontSize: 18, color: '#c8102e' }}>
          数元 · 运营平台
        </div>
        <Menu
          mode="inline"
          selectedKeys={selected ? [selected] : []}
          items={items}
          onClick={(e) => navigate(e.key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: '#fff',
            display: 'flex',
            justifyContent: 'flex-end',
            alignItems: 'center',
            padding: '0 24px',
          }}
        >
          <Space>
            <ApprovalTodo />
            <Typography.Text className="who">{user?.display_name}</Typography.Text>
            {user?.roles.map((r) => (
              <Tag key={r}>{ROLE_LABEL[r] ?? r}</Tag>
            ))}
            <Button
              size="small"
              onClick={() => {
                logout();
                navigate('/login');
              }}
            >
              退出
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          <Breadcrumb
            className="page-crumbs"
            style={{ marginBottom: 16 }}
            items={crumbsFor(location.pathname).map((c) => ({
              title: c.path ? <Link to={c.path}>{c.label}</Link> : c.label,
            }))}
          />
          <AlertsBanner />
          <Outlet />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
