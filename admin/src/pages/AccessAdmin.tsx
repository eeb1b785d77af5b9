import {
  Alert,
  Button,
  Checkbox,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Tooltip,
  Typography,
  message,
} from 'antd';
import { useState, type ReactNode } from 'react';
import { api, ApiError } from '../api';
import { useAuth } from '../auth';
import { cst } from '../format';
import { ROLE_LABEL } from '../i18n/labels';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import type { ItemOf, ResponseOf } from '../api-types';

type User = ItemOf<'getAdminAccessUsers'>;
type Role = ItemOf<'getAdminAccessRoles'>;
type Proposal = ItemOf<'getAdminAccessProposals'>;
type Catalogue = ResponseOf<'getAdminAccessPermissions'>;
type SodRule = ItemOf<'getAdminAccessSodRules'>;

const KIND_LABEL: Record<string, string> = {
  'user.create': '新建用户',
  'user.roles': '调整角色',
  'role.create': '新建角色',
  'role.update': '修改角色',
};

/** Sends a proposal; the change applies only when another user administrator approves it. */
async function propose(body: Record<string, unknown>): Promise<void> {
  await api('/admin/access/proposals', { method: 'POST', body });
  message.success('已提交，待另一位用户与角色管理员批准后生效');
}

function ProposalModal({
  title,
  onClose,
  onDone,
  children,
  submit,
}: {
  title: string;
  onClose: () => void;
  onDone: () => void;
  children: ReactNode;
  submit: () => Promise<void>;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function ok() {
    setBusy(true);
    setError(null);
    try {
      await submit();
      onDone();
      onClose();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : '提交失败');
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal
      open
      title={title}
      okText="提交审批"
      cancelText="取消"
      confirmLoading={busy}
      onCancel={onClose}
      onOk={() => void ok()}
      okButtonProps={{ className: 'proposal-submit' }}
      width={720}
    >
      {error ? (
        <Alert className="access-error" type="error" showIcon message={error} style={{ marginBottom: 12 }} />
      ) : null}
      {children}
    </Modal>
  );
}

function roleOptions(roles: Role[]) {
  return roles.map((r) => ({ value: r.id, label: `${ROLE_LABEL[r.id] ?? r.display_name}（${r.id}）` }));
}

function UsersTab({ roles, onProposed }: { roles: Role[]; onProposed: () => void }) {
  const users = useRemote(() => api<{ items: User[] }>('/admin/access/users'));
  const [editing, setEditing] = useState<User | null>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [form] = Form.useForm<{
    username: string;
    display_name: string;
    password: string;
    roles: string[];
  }>();
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button className="user-create" onClick={() => setCreating(true)}>
          新建用户
        </Button>
      </Space>
      <PageState remote={users} isEmpty={(d) => d.items.length === 0} empty="还没有用户">
        {(d) => (
          <Table<User>
            rowKey="id"
            size="small"
            className="access-users"
            pagination={false}
            dataSource={d.items}
            columns={[
              { title: '用户名', dataIndex: 'username' },
              { title: '姓名', dataIndex: 'display_name' },
              {
                title: '角色',
                render: (_, u) =>
                  u.roles.map((r) => (
                    <Tag key={r}>{ROLE_LABEL[r] ?? roles.find((x) => x.id === r)?.display_name ?? r}</Tag>
                  )),
              },
              {
                title: '操作',
                render: (_, u) => (
                  <Button
                    size="small"
                    className="user-roles-edit"
                    onClick={() => {
                      setPicked(u.roles);
                      setEditing(u);
                    }}
                  >
                    调整角色
                  </Button>
                ),
              },
            ]}
          />
        )}
      </PageState>
      {editing ? (
        <ProposalModal
          title={`调整角色：${editing.username}`}
          onClose={() => setEditing(null)}
          onDone={onProposed}
          submit={() => propose({ kind: 'user.roles', user_id: editing.id, roles: picked })}
        >
          <Typography.Paragraph type="secondary">
            互相冲突的角色（职责分离规则）不能授予同一用户；提交后由另一位管理员批准，该用户需重新登录。
          </Typography.Paragraph>
          <Select
            id="user-roles-select"
            mode="multiple"
            style={{ width: '100%' }}
            value={picked}
            onChange={setPicked}
            options={roleOptions(roles)}
            // Searchable by the role's name or id: the list outgrows the dropdown's window (it renders
            // only the options in view), so a role is found by typing, not by scrolling.
            showSearch
            optionFilterProp="label"
          />
        </ProposalModal>
      ) : null}
      {creating ? (
        <ProposalModal
          title="新建用户"
          onClose={() => setCreating(false)}
          onDone={onProposed}
          submit={async () => propose({ kind: 'user.create', ...(await form.validateFields()) })}
        >
          <Form form={form} layout="vertical" initialValues={{ roles: [] }}>
            <Form.Item name="username" label="用户名" rules={[{ required: true, message: '请填写用户名' }]}>
              <Input id="new-username" />
            </Form.Item>
            <Form.Item name="display_name" label="姓名" rules={[{ required: true, message: '请填写姓名' }]}>
              <Input id="new-display-name" />
            </Form.Item>
            <Form.Item
              name="password"
              label="初始密码"
              rules={[{ required: true, min: 10, message: '至少 10 个字符' }]}
            >
              <Input.Password id="new-password" />
            </Form.Item>
            <Form.Item name="roles" label="角色">
              <Select mode="multiple" options={roleOptions(roles)} />
            </Form.Item>
          </Form>
        </ProposalModal>
      ) : null}
    </>
  );
}

function ProposalsTab({ version, onDecided }: { version: number; onDecided: () => void }) {
  const { user } = useAuth();
  const list = useRemote(
    () => api<{ items: Proposal[] }>('/admin/access/proposals?status=pending'),
    [version],
  );
  async function decide(p: Proposal, decision: 'approve' | 'reject') {
    try {
      await api(`/admin/access/proposals/${p.id}/${decision}`, { method: 'POST', body: {} });
      message.success(decision === 'approve' ? '已批准并生效' : '已驳回');
      onDecided();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败');
    }
  }
  return (
    <PageState remote={list} isEmpty={(d) => d.items.length === 0} empty="没有待审批的申请">
      {(d) => (
        <Table<Proposal>
          rowKey="id"
          size="small"
          className="access-proposals"
          pagination={false}
          dataSource={d.items}
          columns={[
            { title: '类型', render: (_, p) => KIND_LABEL[p.kind] ?? p.kind },
            { title: '内容', dataIndex: 'summary' },
            { title: '提出时间', render: (_, p) => cst(p.created_at) },
            {
              title: '操作',
              render: (_, p) => {
                const own = p.proposed_by === user?.id;
                const why = own ? '提出人不能批准或驳回自己的申请（双人复核）' : null;
                return (
                  <Space>
                    <Tooltip title={why}>
                      <Button
                        size="small"
                        type="primary"
                        className="proposal-approve"
                        disabled={own}
                        onClick={() => void decide(p, 'approve')}
                      >
                        批准
                      </Button>
                    </Tooltip>
                    <Tooltip title={why}>
                      <Button
                        size="small"
                        danger
                        className="proposal-reject"
                        disabled={own}
                        onClick={() => void decide(p, 'reject')}
                      >
                        驳回
                      </Button>
                    </Tooltip>
                  </Space>
                );
              },
            },
          ]}
        />
      )}
    </PageState>
  );
}

function RolesTab({ roles, onProposed }: { roles: Role[]; onProposed: () => void }) {
  const catalogue = useRemote(() => api<Catalogue>('/admin/access/permissions'));
  const [creating, setCreating] = useState(false);
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [perms, setPerms] = useState<string[]>([]);
  return (
    <>
      <Space style={{ marginBottom: 12 }}>
        <Button
          className="role-create"
          onClick={() => {
            setId('');
            setName('');
            setPerms([]);
            setCreating(true);
          }}
        >
          新建自定义角色
        </Button>
      </Space>
      <Table<Role>
        rowKey="id"
        size="small"
        className="access-roles"
        pagination={false}
        dataSource={roles}
        columns={[
          { title: '角色', render: (_, r) => `${ROLE_LABEL[r.id] ?? r.display_name}（${r.id}）` },
          { title: '类型', render: (_, r) => (r.builtin ? <Tag>内置</Tag> : <Tag color="blue">自定义</Tag>) },
          { title: '权限数', render: (_, r) => r.permissions.length },
        ]}
      />
      {creating ? (
        <ProposalModal
          title="新建自定义角色"
          onClose={() => setCreating(false)}
          onDone={onProposed}
          submit={() => propose({ kind: 'role.create', id, display_name: name, permissions: perms })}
        >
          <Space direction="vertical" style={{ width: '100%' }}>
            <Input
              id="role-id"
              placeholder="角色标识，如 campaign_checker（小写字母、数字、下划线）"
              value={id}
              onChange={(e) => setId(e.target.value)}
            />
            <Input
              id="role-name"
              placeholder="角色名称，如 活动复核（自定义）"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
            <Typography.Text type="secondary">按模块选择权限（每项是一个管理接口）：</Typography.Text>
            <PageState remote={catalogue} isEmpty={(d) => d.groups.length === 0} empty="没有可选权限">
              {(d) => (
                <div style={{ maxHeight: 360, overflow: 'auto' }} className="role-permissions">
                  {d.groups.map((g) => (
                    <div key={g.tag} style={{ marginBottom: 8 }}>
                      <Typography.Text strong>{g.tag}</Typography.Text>
                      <Checkbox.Group
                        style={{ display: 'flex', flexDirection: 'column' }}
                        value={perms.filter((p) => g.operations.some((o) => o.permission === p))}
                        onChange={(v) =>
                          setPerms([
                            ...perms.filter((p) => !g.operations.some((o) => o.permission === p)),
                            ...(v as string[]),
                          ])
                        }
                        options={g.operations.map((o) => ({
                          value: o.permission,
                          label: (
                            <span data-permission={o.permission}>
                              {o.summary}{' '}
                              <Typography.Text type="secondary" code>
                                {o.permission}
                              </Typography.Text>
                            </span>
                          ),
                        }))}
                      />
                    </div>
                  ))}
                </div>
              )}
            </PageState>
          </Space>
        </ProposalModal>
      ) : null}
    </>
  );
}

function SodTab() {
  const rules = useRemote(() => api<{ items: SodRule[] }>('/admin/access/sod-rules'));
  return (
    <PageState remote={rules} isEmpty={(d) => d.items.length === 0} empty="没有职责分离规则">
      {(d) => (
        <Table<SodRule>
          rowKey="id"
          size="small"
          className="access-sod"
          pagination={false}
          dataSource={d.items}
          columns={[
            { title: '规则', dataIndex: 'name' },
            { title: '一方', dataIndex: 'left_name' },
            { title: '另一方', dataIndex: 'right_name' },
          ]}
        />
      )}
    </PageState>
  );
}

/** 用户与角色: users, custom roles and SoD rules; every change is a proposal a second admin approves. */
export function AccessAdmin() {
  const [version, setVersion] = useState(0);
  const roles = useRemote(() => api<{ items: Role[] }>('/admin/access/roles'), [version]);
  const bump = () => setVersion((v) => v + 1);
  return (
    <div>
      <Typography.Title level={4}>用户与角色</Typography.Title>
      <Tabs
        items={[
          {
            key: 'users',
            label: '用户',
            children: <UsersTab key={version} roles={roles.data?.items ?? []} onProposed={bump} />,
          },
          {
            key: 'proposals',
            label: '待审批',
            children: <ProposalsTab version={version} onDecided={bump} />,
          },
          {
            key: 'roles',
            label: '角色',
            children: <RolesTab roles={roles.data?.items ?? []} onProposed={bump} />,
          },
          { key: 'sod', label: '职责分离规则', children: <SodTab /> },
        ]}
      />
    </div>
  );
}
