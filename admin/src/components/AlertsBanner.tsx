import { Alert, Space } from 'antd';
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api';
import { useAuth } from '../auth';
import { cst } from '../format';
import { NAV } from '../nav';
import { ALERT_ROLES, bannerOf, type LedgerAlerts } from '../pages/bank-exceptions';

const EVENT = 'sy:alerts-changed';
const EVERY_MS = 60_000;

/** Something the banner shows has changed (an exception resolved): fetch the alerts again now. */
export function alertsChanged() {
  window.dispatchEvent(new Event(EVENT));
}

/**
 * Above every page for the roles that may read the alerts: a failed nightly ledger check (red) and
 * bank answers that contradict closed orders (warning). Fetched on load, every minute and when told.
 * Nothing is shown when all is fine; a failed fetch keeps what was shown (the page shows its own errors).
 */
export function AlertsBanner() {
  const { user, can } = useAuth();
  const allowed = can(...ALERT_ROLES);
  const [alerts, setAlerts] = useState<LedgerAlerts | null>(null);

  useEffect(() => {
    if (!allowed) {
      setAlerts(null);
      return;
    }
    let live = true;
    const load = () =>
      api<LedgerAlerts>('/admin/ledger/alerts').then(
        (a) => live && setAlerts(a),
        () => undefined,
      );
    void load();
    const timer = window.setInterval(() => void load(), EVERY_MS);
    window.addEventListener(EVENT, load);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener(EVENT, load);
    };
  }, [allowed, user?.id]);

  if (!allowed) return null;
  const banner = bannerOf(alerts);
  if (!banner.ledger && !banner.exceptions) return null;
  const canSee = (path: string) => can(...(NAV.find((n) => n.path === path)?.roles ?? []));
  return (
    <Space direction="vertical" style={{ width: '100%', marginBottom: 16 }} className="alerts-banner">
      {banner.ledger ? (
        <Alert
          className="alert-ledger"
          type="error"
          showIcon
          message={`账务核对未通过（${cst(banner.ledger.checked_at)}）`}
          description={
            banner.ledger.issues.length ? (
              <ul style={{ margin: 0, paddingLeft: 20 }}>
                {banner.ledger.issues.map((issue, i) => (
                  <li key={i}>{issue}</li>
                ))}
                {banner.ledger.more ? <li>另有 {banner.ledger.more} 项未列出</li> : null}
              </ul>
            ) : undefined
          }
          action={canSee('/funding') ? <Link to="/funding/ledger">查看账务检查</Link> : undefined}
        />
      ) : null}
      {banner.exceptions ? (
        <Alert
          className="alert-exceptions"
          type="warning"
          showIcon
          message={`有 ${banner.exceptions} 笔银行应答与平台已关闭的订单矛盾，需人工处理`}
          action={canSee('/bank-exceptions') ? <Link to="/bank-exceptions">去处理</Link> : undefined}
        />
      ) : null}
    </Space>
  );
}
