import {
  Alert,
  App as AntApp,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
} from 'antd';
import { useState } from 'react';
import { api, ApiError } from '../api';
import type { ItemOf, ResponseOf } from '../api-types';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst } from '../format';

// 预付经营 (merchant console): the merchant's standing (apply, reviewed by someone else), its products
// as data, its consumers' contracts (locked in their contract wallets versus released to us), and
// writing off a class / spent value / days under our own sequence number (one release per seq).

type Contract = ItemOf<'getAdminPrepaidContracts'>;
type Detail = ResponseOf<'getAdminPrepaidContractsByContractId'>;
type Product = ItemOf<'getAdminPrepaidProducts'>;

const yuan = (fen: number) => `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })}`;
const KIND: Record<Product['kind'], string> = {
  class_pack: '课时包',
  membership: '会员卡',
  stored_value: '储值卡',
};
const UNIT: Record<Product['kind'], string> = { class_pack: '节', membership: '天', stored_value: '分' };
const WO_STATUS: Record<string, [string, string]> = {
  pending_confirm: ['待消费者确认', 'orange'],
  confirmed: ['已确认，拨付中', 'blue'],
  released: ['已拨付', 'green'],
  rejected: ['消费者拒绝', 'red'],
  release_failed: ['拨付被拒（合约冻结）', 'red'],
  voided: ['已作废（冻结）', 'default'],
};

function Standing() {
  const { message } = AntApp.useApp();
  const remote = useRemote(() => api<ResponseOf<'getAdminPrepaidMerchant'>>('/admin/prepaid/merchant'), []);
  async function apply(v: {
    rule_id: string;
    licence_since: string;
    revenue_yuan: number;
    escrow_tier: 'scale' | 'group' | 'brand';
  }) {
    try {
      await api('/admin/prepaid/merchant/application', {
        method: 'POST',
        body: {
          rule_id: v.rule_id,
          licence_since: v.licence_since,
          credit_status: 'normal',
          revenue_last_year_fen: Math.round(v.revenue_yuan * 100),
          escrow_tier: v.escrow_tier,
        },
      });
      message.success('已提交，等待审核');
      await remote.reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '提交失败');
    }
  }
  return (
    <PageState remote={remote}>
      {(d) =>
        d.merchant && d.merchant.status !== 'rejected' ? (
          <Descriptions size="small" bordered column={3}>
            <Descriptions.Item label="状态">
              {
                { pending: '待审核', approved: '已批准，可售卡', rejected: '已驳回', closed: '已闭店清退' }[
                  d.merchant.status
                ]
              }
            </Descriptions.Item>
            <Descriptions.Item label="行业规则">{d.merchant.rule_id}</Descriptions.Item>
            <Descriptions.Item label="审核意见">{d.merchant.review_comment ?? '—'}</Descriptions.Item>
          </Descriptions>
        ) : (
          <Form
            layout="inline"
            onFinish={apply}
            initialValues={{ rule_id: 'rule_sh_fitness', escrow_tier: 'scale' }}
          >
            {d.merchant?.status === 'rejected' ? (
              <Alert
                type="error"
                showIcon
                message={`上次申请被驳回：${d.merchant.review_comment ?? ''}`}
                style={{ marginBottom: 8, width: '100%' }}
              />
            ) : null}
            <Form.Item name="rule_id" label="行业规则">
              <Select
                style={{ width: 200 }}
                options={[
                  { value: 'rule_sh_fitness', label: '上海体育健身' },
                  { value: 'rule_gz_training', label: '广州校外培训' },
                ]}
              />
            </Form.Item>
            <Form.Item
              name="licence_since"
              label="执照登记日"
              rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: 'YYYY-MM-DD' }]}
            >
              <Input style={{ width: 130 }} />
            </Form.Item>
            <Form.Item name="revenue_yuan" label="上年营收（元）" rules={[{ required: true }]}>
              <InputNumber min={0} />
            </Form.Item>
            <Form.Item name="escrow_tier" label="发卡规模">
              <Select
                style={{ width: 100 }}
                options={[
                  { value: 'scale', label: '规模' },
                  { value: 'group', label: '集团' },
                  { value: 'brand', label: '品牌' },
                ]}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit">
              申请预付经营
            </Button>
          </Form>
        )
      }
    </PageState>
  );
}

function Products() {
  const { message } = AntApp.useApp();
  const remote = useRemote(() => api<ResponseOf<'getAdminPrepaidProducts'>>('/admin/prepaid/products'), []);
  const [kind, setKind] = useState<Product['kind']>('class_pack');
  async function add(v: Record<string, number | string>) {
    const fen = (k: string) => Math.round(Number(v[k]) * 100);
    const body =
      kind === 'class_pack'
        ? { kind, name: v.name, unit_price_fen: fen('unit_yuan'), units: Number(v.units) }
        : kind === 'membership'
          ? { kind, name: v.name, price_fen: fen('price_yuan'), duration_days: Number(v.days) }
          : { kind, name: v.name, face_value_fen: fen('price_yuan'), gift_fen: fen('gift_yuan') };
    try {
      await api('/admin/prepaid/products', { method: 'POST', body });
      message.success('已上架');
      await remote.reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '上架失败');
    }
  }
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Form layout="inline" onFinish={add}>
        <Select
          value={kind}
          onChange={setKind}
          style={{ width: 110 }}
          options={(Object.keys(KIND) as Product['kind'][]).map((k) => ({ value: k, label: KIND[k] }))}
        />
        <Form.Item name="name" rules={[{ required: true, message: '名称' }]}>
          <Input placeholder="名称" />
        </Form.Item>
        {kind === 'class_pack' ? (
          <>
            <Form.Item name="unit_yuan" rules={[{ required: true }]}>
              <InputNumber placeholder="课时单价（元）" min={0.01} />
            </Form.Item>
            <Form.Item name="units" rules={[{ required: true }]}>
              <InputNumber placeholder="节数" min={1} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'membership' ? (
          <>
            <Form.Item name="price_yuan" rules={[{ required: true }]}>
              <InputNumber placeholder="价格（元）" min={0.01} />
            </Form.Item>
            <Form.Item name="days" rules={[{ required: true }]}>
              <InputNumber placeholder="天数" min={1} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'stored_value' ? (
          <>
            <Form.Item name="price_yuan" rules={[{ required: true }]}>
              <InputNumber placeholder="面值（元）" min={0.01} />
            </Form.Item>
            <Form.Item name="gift_yuan" initialValue={0}>
              <InputNumber placeholder="赠送（元）" min={0} />
            </Form.Item>
          </>
        ) : null}
        <Button htmlType="submit" type="primary">
          上架
        </Button>
      </Form>
      <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="还没有预付商品">
        {(d) => (
          <Table<Product>
            rowKey="id"
            dataSource={d.items}
            pagination={false}
            columns={[
              { title: '商品', dataIndex: 'name' },
              { title: '类型', dataIndex: 'kind', render: (k: Product['kind']) => KIND[k] },
              { title: '售价', dataIndex: 'price_fen', render: yuan },
              { title: '数量', render: (_, p) => `${p.total_units} ${UNIT[p.kind]}` },
              { title: '赠送', dataIndex: 'gift_fen', render: yuan },
            ]}
          />
        )}
      </PageState>
    </Space>
  );
}

function ContractDetail({ id, onChanged }: { id: string; onChanged: () => void }) {
  const { message } = AntApp.useApp();
  const remote = useRemote(() => api<Detail>(`/admin/prepaid/contracts/${id}`), [id]);
  async function writeOff(v: { units: number }, d: Detail) {
    const seq = Math.max(0, ...d.write_offs.map((w) => w.seq)) + 1;
    try {
      await api(`/admin/prepaid/contracts/${id}/write-offs`, {
        method: 'POST',
        body: { seq, units: v.units },
      });
      message.success(`已核销（序号 ${seq}），等待消费者确认后拨付`);
      await remote.reload();
      onChanged();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '核销失败');
    }
  }
  return (
    <PageState remote={remote}>
      {(d) => (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions size="small" column={4} bordered>
            <Descriptions.Item label="合约状态">{d.contract.status_label}</Descriptions.Item>
            <Descriptions.Item label="合约钱包留存">{yuan(d.contract.retained_fen)}</Descriptions.Item>
            <Descriptions.Item label="已拨付给本店">{yuan(d.contract.released_fen)}</Descriptions.Item>
            <Descriptions.Item label="剩余">{`${d.contract.remaining_units} ${UNIT[d.contract.kind]}`}</Descriptions.Item>
          </Descriptions>
          {['active', 'partially_released'].includes(d.contract.status) ? (
            <Form layout="inline" onFinish={(v) => writeOff(v, d)} initialValues={{ units: 1 }}>
              <Form.Item name="units" label={`核销（${UNIT[d.contract.kind]}）`}>
                <InputNumber min={1} max={d.contract.remaining_units} />
              </Form.Item>
              <Button type="primary" htmlType="submit">
                核销
              </Button>
            </Form>
          ) : (
            <Alert type="info" showIcon message={`该合约${d.contract.status_label}，不能核销`} />
          )}
          <Table
            rowKey="id"
            size="small"
            dataSource={d.write_offs}
            pagination={false}
            columns={[
              { title: '序号', dataIndex: 'seq' },
              { title: '数量', dataIndex: 'units' },
              { title: '拨付金额', dataIndex: 'amount_fen', render: yuan },
              {
                title: '状态',
                dataIndex: 'status',
                render: (s: string) => <Tag color={WO_STATUS[s]?.[1]}>{WO_STATUS[s]?.[0] ?? s}</Tag>,
              },
              {
                title: '自动确认于',
                dataIndex: 'confirm_due_at',
                render: (v: string | null) => (v ? cst(v) : ''),
              },
            ]}
          />
        </Space>
      )}
    </PageState>
  );
}

function Contracts() {
  const remote = useRemote(
    () => api<ResponseOf<'getAdminPrepaidContracts'>>('/admin/prepaid/contracts?limit=200'),
    [],
  );
  const [open, setOpen] = useState<string | null>(null);
  return (
    <PageState remote={remote} isEmpty={(d) => d.items.length === 0} empty="还没有消费者购买">
      {(d) => (
        <Table<Contract>
          rowKey="id"
          dataSource={d.items}
          pagination={false}
          expandable={{
            expandedRowKeys: open ? [open] : [],
            onExpand: (o, r) => setOpen(o ? r.id : null),
            expandedRowRender: (r) => <ContractDetail id={r.id} onChanged={() => void remote.reload()} />,
          }}
          columns={[
            { title: '商品', dataIndex: 'product_name' },
            { title: '状态', dataIndex: 'status_label' },
            { title: '实付', dataIndex: 'paid_fen', render: yuan },
            { title: '合约钱包留存', dataIndex: 'retained_fen', render: yuan },
            { title: '已拨付', dataIndex: 'released_fen', render: yuan },
            { title: '已退款', dataIndex: 'refunded_fen', render: yuan },
            { title: '已用 / 总数', render: (_, c) => `${c.used_units} / ${c.total_units} ${UNIT[c.kind]}` },
            { title: '购买时间', dataIndex: 'created_at', render: (v: string | null) => (v ? cst(v) : '') },
          ]}
        />
      )}
    </PageState>
  );
}

export function PrepaidMerchant() {
  return (
    <Card title="预付经营（资金由消费者的数字人民币合约钱包留存，按核销拨付）">
      <Tabs
        items={[
          { key: 'contracts', label: '合约与核销', children: <Contracts /> },
          { key: 'products', label: '预付商品', children: <Products /> },
          { key: 'standing', label: '经营资质', children: <Standing /> },
        ]}
      />
    </Card>
  );
}
