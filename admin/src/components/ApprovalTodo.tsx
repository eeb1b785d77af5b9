import { Badge, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth';
import { awaitingMe, onCampaignChange, pendingApproval } from '../pages/campaigns/todo';

/** 待我审批 in the header: how many campaigns wait for this approver's decision; opens that list. */
export function ApprovalTodo() {
  const { user, can } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [count, setCount] = useState<number | null>(null);
  const approver = can('approver');
  useEffect(() => {
    if (!approver || !user) return;
    let live = true;
    const load = () =>
      pendingApproval().then(
        (items) => live && setCount(awaitingMe(items, user.id).length),
        () => undefined, // the count is a hint; the list itself reports errors
      );
    void load();
    const t = setInterval(() => void load(), 30_000);
    const off = onCampaignChange(() => void load());
    return () => {
      live = false;
      clearInterval(t);
      off();
    };
  }, [approver, user, location.pathname]);
  if (!approver) return null;
  return (
    <Button
      type="text"
      className="todo-approvals"
      aria-label={count === null ? '待我审批' : `待我审批 ${count} 项`}
      onClick={() => navigate('/campaigns?todo=1')}
    >
      待我审批
      <Badge className="todo-count" count={count ?? 0} showZero overflowCount={99} />
    </Button>
  );
}
