import { Alert, Button, Card, Input, Progress, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, type Page } from '../../api';
import { useAuth } from '../../auth';
import { PageState } from '../../components/PageState';
import { useRemote } from '../../components/use-remote';
import { STATUS_COLOR, cst, yuan } from '../../format';
import { STATUS_LABEL } from '../../i18n/labels';
import { awaitingMe, pendingApproval } from './todo';
import { KIND_LABEL, termsText, type Campaign } from './types';

export function CampaignList() {
  const { can, user } = useAuth();
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const todo = search.get('todo') === '1';
  const [status, setStatus] = useState<string | undefined>();
  const [kind, setKind] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const remote = useRemote(
    () =>
      todo
        ? pendingApproval().then((items) => ({ items, next_cursor: null }))
        : api<Page<Campaign>>('/admin/campaigns?limit=100'),
    [todo],
  );
  return (
    <Card
      title="活动管理"
      extra={
        can('campaign_manager') ? (
          <Button type="primary" onClick={() => navigate('/campaigns/new')}>
            新建活动
          </Button>
        ) : null
      }
    >
      {todo ? (
        <Alert
          className="todo-filter"
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message="只显示待我审批的活动（不含您本人创建或提交的）"
          action={
            <Button size="small" onClick={() => setSearch({})}>
              显示全部
            </Button>
          }
        />
      ) : null}
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          placeholder="按名称搜索"
          allowClear
          onSearch={setQ}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 220 }}
        />
        <Select
          allowClear
          placeholder="状态"
          style={{ width: 140 }}
          value={status}
          onChange={setStatus}
          options={Object.entries(STATUS_LABEL).map(([value, label]) => ({ value, label }))}
        />
        <Select
          allowClear
          placeholder="类型"
          style={{ width: 120 }}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'red_packet', label: '红包' },
            { value: 'coupon', label: '消费券' },
          ]}
        />
      </Space>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="还没有活动">
        {(data) => (
          <Table<Campaign>
            rowKey="id"
            size="middle"
            loading={remote.loading}
            dataSource={(todo && user ? awaitingMe(data.items, user.id) : data.items).filter(
              (c) =>
                (!status || c.status === status) && (!kind || c.kind === kind) && (!q || c.name.includes(q)),
            )}
            pagination={{ pageSize: 20 }}
            columns={[
              {
                title: '活动',
                dataIndex: 'name',
                render: (name, c) => <Link to={`/campaigns/${c.id}`}>{name}</Link>,
              },
              { title: '类型', dataIndex: 'kind', width: 90, render: (k: Campaign['kind']) => KIND_LABEL[k] },
              { title: '内容', width: 180, render: (_, c) => termsText(c, yuan) },
              {
                title: '状态',
                dataIndex: 'status',
                width: 100,
                render: (s: string) => <Tag color={STATUS_COLOR[s]}>{STATUS_LABEL[s] ?? s}</Tag>,
              },
              {
                title: '预算',
                dataIndex: 'budget_fen',
                width: 130,
                align: 'right',
                render: (f: number) => yuan(f),
              },
              {
                title: '已领取',
                width: 200,
                render: (_, c) => (
                  <Progress
                    size="small"
                    percent={c.stock.total ? Math.round((c.stock.claimed / c.stock.total) * 100) : 0}
                    format={() => `${c.stock.claimed}/${c.stock.total}`}
                  />
                ),
              },
              { title: '开始领取', dataIndex: 'claim_start_at', width: 170, render: cst },
            ]}
          />
        )}
      </PageState>
    </Card>
  );
}
