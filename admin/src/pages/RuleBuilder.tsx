import {
  Alert,
  Button,
  Card,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  message,
} from 'antd';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError } from '../api';
import { useAuth } from '../auth';
import { PageState } from '../components/PageState';
import { useRemote } from '../components/use-remote';
import { cst } from '../format';
import {
  FACT_LABEL,
  OP_LABEL,
  VALUE_HINT,
  childPath,
  newCondition,
  parseValue,
  ruleSetFromJson,
  ruleSetToJson,
  valueText,
  type FactInfo,
  type Node,
  type RuleSetModel,
} from '../rules/model';

type Issue = { path: string; message: string };
type Version = {
  version: number;
  status: string;
  definition: unknown;
  created_by: string;
  submitted_by: string | null;
  created_at: string;
};
type Facts = {
  eligibility: FactInfo[];
  risk: FactInfo[];
  decisions: { eligibility: string[]; risk: string[] };
};

const STATUS: Record<string, string> = {
  draft: '草稿',
  pending_approval: '待审批',
  active: '生效中',
  rejected: '已驳回',
  superseded: '已被替换',
  shadow: '影子运行',
};
const DECISION: Record<string, string> = {
  allow: '允许领取',
  reject: '拒绝',
  pass: '通过',
  review: '人工审核',
};

/** Issues whose path lies at or under this node, shown right beside it. */
function IssuesAt({ issues, path, exact }: { issues: Issue[]; path: string; exact?: boolean }) {
  const mine = issues.filter((i) =>
    exact
      ? i.path === path ||
        i.path.startsWith(`${path}/op`) ||
        i.path.startsWith(`${path}/value`) ||
        i.path.startsWith(`${path}/fact`)
      : i.path === path,
  );
  if (!mine.length) return null;
  return (
    <Alert
      className="rule-issue"
      type="error"
      showIcon
      message={mine.map((i) => i.message).join('；')}
      style={{ marginTop: 4 }}
    />
  );
}

function NodeEditor({
  node,
  path,
  facts,
  issues,
  onChange,
  onRemove,
}: {
  node: Node;
  path: string;
  facts: FactInfo[];
  issues: Issue[];
  onChange: (n: Node) => void;
  onRemove?: () => void;
}) {
  if (node.kind === 'cond') {
    const info = facts.find((f) => f.fact === node.fact);
    return (
      <div className="rule-cond" style={{ marginBottom: 8 }}>
        <Space wrap>
          <Select
            style={{ width: 170 }}
            value={node.fact}
            onChange={(fact) => {
              const f = facts.find((x) => x.fact === fact);
              onChange({
                kind: 'cond',
                fact,
                op: f?.operators.includes(node.op) ? node.op : (f?.operators[0] ?? 'eq'),
                value: undefined,
              });
            }}
            options={facts.map((f) => ({ value: f.fact, label: FACT_LABEL[f.fact] ?? f.fact }))}
          />
          <Select
            style={{ width: 150 }}
            value={node.op}
            onChange={(op) => onChange({ ...node, op, value: undefined })}
            options={(info?.operators ?? [node.op]).map((o) => ({ value: o, label: OP_LABEL[o] ?? o }))}
          />
          {info?.type === 'boolean' && node.op === 'eq' ? (
            <Select
              style={{ width: 100 }}
              value={node.value as boolean}
              onChange={(value) => onChange({ ...node, value })}
              options={[
                { value: true, label: '是' },
                { value: false, label: '否' },
              ]}
            />
          ) : info?.type === 'number' && ['eq', 'ne', 'lt', 'lte', 'gt', 'gte'].includes(node.op) ? (
            <InputNumber
              value={node.value as number}
              onChange={(value) => onChange({ ...node, value: value ?? undefined })}
            />
          ) : (
            <Input
              style={{ width: 220 }}
              placeholder={VALUE_HINT[node.op] ?? '值'}
              value={valueText(node.value, node.op)}
              onChange={(e) => onChange({ ...node, value: parseValue(e.target.value, node.op, info?.type) })}
            />
          )}
          {onRemove ? (
            <Button size="small" onClick={onRemove}>
              删除
            </Button>
          ) : null}
        </Space>
        <IssuesAt issues={issues} path={path} exact />
      </div>
    );
  }
  if (node.kind === 'not') {
    return (
      <div style={{ borderLeft: '3px solid #faad14', paddingLeft: 12, marginBottom: 8 }}>
        <Typography.Text type="warning">不满足以下条件：</Typography.Text>
        <NodeEditor
          node={node.child}
          path={`${path}/not`}
          facts={facts}
          issues={issues}
          onChange={(child) => onChange({ ...node, child })}
        />
        {onRemove ? (
          <Button size="small" onClick={onRemove}>
            删除
          </Button>
        ) : null}
      </div>
    );
  }
  return (
    <div
      className="rule-group"
      style={{
        borderLeft: `3px solid ${node.kind === 'all' ? '#1677ff' : '#52c41a'}`,
        paddingLeft: 12,
        marginBottom: 8,
      }}
    >
      <Space style={{ marginBottom: 8 }}>
        <Select
          size="small"
          value={node.kind}
          onChange={(kind) => onChange({ ...node, kind })}
          options={[
            { value: 'all', label: '同时满足（且）' },
            { value: 'any', label: '满足任一（或）' },
          ]}
        />
        <Button
          size="small"
          className="add-cond"
          onClick={() => onChange({ ...node, children: [...node.children, newCondition(facts)] })}
        >
          + 条件
        </Button>
        <Button
          size="small"
          onClick={() =>
            onChange({
              ...node,
              children: [...node.children, { kind: 'any', children: [newCondition(facts)] }],
            })
          }
        >
          + 条件组
        </Button>
        {onRemove ? (
          <Button size="small" onClick={onRemove}>
            删除组
          </Button>
        ) : null}
      </Space>
      <IssuesAt issues={issues} path={path} />
      {node.children.map((child, i) => (
        <NodeEditor
          key={i}
          node={child}
          path={childPath(path, node, i)}
          facts={facts}
          issues={issues}
          onChange={(n) => onChange({ ...node, children: node.children.map((c, j) => (j === i ? n : c)) })}
          onRemove={() => onChange({ ...node, children: node.children.filter((_, j) => j !== i) })}
        />
      ))}
    </div>
  );
}

const TEMPLATE = (kind: string) =>
  kind === 'risk'
    ? {
        hit_policy: 'worst',
        rules: [
          {
            id: 'velocity',
            when: { all: [{ fact: 'velocity.user_claims_1h', op: 'gt', value: 5 }] },
            then: { decision: 'review', reason: 'HIGH_VELOCITY' },
          },
        ],
        default: { decision: 'pass' },
      }
    : {
        hit_policy: 'first',
        rules: [
          {
            id: 'verified',
            when: { all: [{ fact: 'user.verified', op: 'eq', value: true }] },
            then: { decision: 'allow' },
          },
        ],
        default: { decision: 'reject', reason: 'NOT_VERIFIED', message: '请先完成实名认证' },
      };

export function RuleBuilder() {
  const { id = '', kind = 'eligibility' } = useParams();
  const { user, can } = useAuth();
  const base = `/admin/campaigns/${id}/${kind === 'risk' ? 'risk-policies' : 'rule-sets'}`;
  const facts = useRemote(() => api<Facts>('/admin/rule-facts'), []);
  const versions = useRemote(() => api<{ items: Version[] }>(base), [base]);
  const [model, setModel] = useState<RuleSetModel | null>(null);
  const [json, setJson] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [sim, setSim] = useState<{
    version: number;
    total: number;
    changed: number;
    transitions: Record<string, number>;
  } | null>(null);

  useEffect(() => {
    if (model || !versions.data) return;
    const latest = versions.data.items.find((v) => v.status === 'active') ?? versions.data.items[0];
    const m = ruleSetFromJson(latest?.definition ?? TEMPLATE(kind));
    setModel(m);
    setJson(JSON.stringify(ruleSetToJson(m), null, 2));
  }, [versions.data, model, kind]);

  const update = (m: RuleSetModel) => {
    setModel(m);
    setJson(JSON.stringify(ruleSetToJson(m), null, 2));
    setIssues([]);
  };

  async function validate(): Promise<boolean> {
    const r = await api<{ ok: boolean; issues: Issue[] }>('/admin/rule-sets/validate', {
      method: 'POST',
      body: { definition: ruleSetToJson(model!), kind },
    });
    setIssues(r.issues);
    if (r.ok) message.success('校验通过');
    return r.ok;
  }

  async function saveDraft() {
    if (!(await validate())) return;
    try {
      await api(base, { method: 'POST', body: { definition: ruleSetToJson(model!) } });
      message.success('已保存为新草稿版本');
      await versions.reload();
    } catch (err) {
      if (err instanceof ApiError && err.details?.issues) setIssues(err.details.issues);
      message.error(err instanceof ApiError ? err.message : '保存失败');
    }
  }

  async function act(version: number, action: string) {
    try {
      const r = await api<Record<string, unknown>>(`${base}/${version}/${action}`, {
        method: 'POST',
        body: {},
      });
      if (action === 'simulate')
        setSim({
          version,
          ...(r as { total: number; changed: number; transitions: Record<string, number> }),
        });
      else message.success('操作成功');
      await versions.reload();
    } catch (err) {
      message.error(err instanceof ApiError ? err.message : '操作失败');
    }
  }

  const factList = facts.data?.[kind === 'risk' ? 'risk' : 'eligibility'] ?? [];
  const decisions = facts.data?.decisions[kind === 'risk' ? 'risk' : 'eligibility'] ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={`${kind === 'risk' ? '风控策略' : '领取资格规则'}`}
        extra={<Link to={`/campaigns/${id}`}>返回活动</Link>}
      >
        {!model ? (
          <PageState remote={versions}>{() => null}</PageState>
        ) : (
          <Tabs
            items={[
              {
                key: 'visual',
                label: '可视化编辑',
                children: (
                  <div className="rule-builder">
                    <Space style={{ marginBottom: 12 }}>
                      命中策略
                      <Select
                        value={model.hit_policy}
                        style={{ width: 220 }}
                        onChange={(hit_policy) => update({ ...model, hit_policy })}
                        options={[
                          { value: 'first', label: '第一条命中的规则决定' },
                          { value: 'all', label: '报告全部命中（首条决定）' },
                          { value: 'worst', label: '取最严格的决定（风控）' },
                        ]}
                      />
                    </Space>
                    {model.rules.map((r, i) => (
                      <Card
                        key={i}
                        size="small"
                        style={{ marginBottom: 12 }}
                        title={
                          <Input
                            value={r.id}
                            style={{ width: 200 }}
                            onChange={(e) =>
                              update({
                                ...model,
                                rules: model.rules.map((x, j) =>
                                  j === i ? { ...x, id: e.target.value } : x,
                                ),
                              })
                            }
                          />
                        }
                        extra={
                          <Button
                            size="small"
                            onClick={() => update({ ...model, rules: model.rules.filter((_, j) => j !== i) })}
                          >
                            删除规则
                          </Button>
                        }
                      >
                        <NodeEditor
                          node={r.when}
                          path={`/rules/${i}/when`}
                          facts={factList}
                          issues={issues}
                          onChange={(when) =>
                            update({
                              ...model,
                              rules: model.rules.map((x, j) => (j === i ? { ...x, when } : x)),
                            })
                          }
                        />
                        <Space>
                          则
                          <Select
                            value={r.then.decision}
                            style={{ width: 140 }}
                            onChange={(decision) =>
                              update({
                                ...model,
                                rules: model.rules.map((x, j) =>
                                  j === i ? { ...x, then: { ...x.then, decision } } : x,
                                ),
                              })
                            }
                            options={decisions.map((d) => ({ value: d, label: DECISION[d] ?? d }))}
                          />
                          <Input
                            placeholder="原因代码"
                            value={r.then.reason}
                            onChange={(e) =>
                              update({
                                ...model,
                                rules: model.rules.map((x, j) =>
                                  j === i
                                    ? { ...x, then: { ...x.then, reason: e.target.value || undefined } }
                                    : x,
                                ),
                              })
                            }
                          />
                          <Input
                            placeholder="给市民的提示"
                            style={{ width: 260 }}
                            value={r.then.message}
                            onChange={(e) =>
                              update({
                                ...model,
                                rules: model.rules.map((x, j) =>
                                  j === i
                                    ? { ...x, then: { ...x.then, message: e.target.value || undefined } }
                                    : x,
                                ),
                              })
                            }
                          />
                        </Space>
                        <IssuesAt issues={issues} path={`/rules/${i}`} />
                      </Card>
                    ))}
                    <Button
                      onClick={() =>
                        update({
                          ...model,
                          rules: [
                            ...model.rules,
                            {
                              id: `rule-${model.rules.length + 1}`,
                              when: { kind: 'all', children: [newCondition(factList)] },
                              then: { decision: decisions[0] ?? 'allow' },
                            },
                          ],
                        })
                      }
                    >
                      + 规则
                    </Button>
                    <Card size="small" title="都不命中时" style={{ marginTop: 12 }}>
                      <Space>
                        <Select
                          value={model.default.decision}
                          style={{ width: 140 }}
                          onChange={(decision) =>
                            update({ ...model, default: { ...model.default, decision } })
                          }
                          options={decisions.map((d) => ({ value: d, label: DECISION[d] ?? d }))}
                        />
                        <Input
                          placeholder="原因代码"
                          value={model.default.reason}
                          onChange={(e) =>
                            update({
                              ...model,
                              default: { ...model.default, reason: e.target.value || undefined },
                            })
                          }
                        />
                        <Input
                          placeholder="给市民的提示"
                          style={{ width: 260 }}
                          value={model.default.message}
                          onChange={(e) =>
                            update({
                              ...model,
                              default: { ...model.default, message: e.target.value || undefined },
                            })
                          }
                        />
                      </Space>
                      <IssuesAt issues={issues} path="/default" />
                    </Card>
                  </div>
                ),
              },
              {
                key: 'json',
                label: 'JSON',
                children: (
                  <>
                    <Input.TextArea
                      className="rule-json"
                      rows={18}
                      value={json}
                      style={{ fontFamily: 'monospace' }}
                      onChange={(e) => {
                        setJson(e.target.value);
                        try {
                          setModel(ruleSetFromJson(JSON.parse(e.target.value)));
                          setJsonError(null);
                        } catch {
                          setJsonError('JSON 格式有误，修正后可切回可视化编辑');
                        }
                      }}
                    />
                    {jsonError ? <Alert type="warning" showIcon message={jsonError} /> : null}
                  </>
                ),
              },
            ]}
          />
        )}
        {issues.filter((i) => !i.path.startsWith('/rules') && i.path !== '/default').length ? (
          <Alert
            type="error"
            showIcon
            message={issues
              .filter((i) => !i.path.startsWith('/rules'))
              .map((i) => `${i.path}：${i.message}`)
              .join('；')}
          />
        ) : null}
        <Space style={{ marginTop: 16 }}>
          <Button onClick={() => void validate()} className="rule-validate">
            校验
          </Button>
          {can('campaign_manager', 'risk_analyst') ? (
            <Button type="primary" onClick={() => void saveDraft()}>
              保存为新版本
            </Button>
          ) : null}
        </Space>
      </Card>
      <Card title="版本">
        <PageState
          remote={versions}
          isEmpty={(d) => d.items.length === 0}
          empty="还没有版本：编辑后保存为第一个版本"
        >
          {(d) => (
            <Table<Version>
              rowKey="version"
              size="small"
              dataSource={d.items}
              pagination={false}
              columns={[
                { title: '版本', dataIndex: 'version', render: (v) => `v${v}` },
                { title: '状态', dataIndex: 'status', render: (s: string) => <Tag>{STATUS[s] ?? s}</Tag> },
                { title: '创建时间', dataIndex: 'created_at', render: cst },
                {
                  title: '操作',
                  render: (_, v) => (
                    <Space>
                      <Button size="small" onClick={() => update(ruleSetFromJson(v.definition))}>
                        载入编辑
                      </Button>
                      {v.status === 'draft' ? (
                        <Button size="small" onClick={() => void act(v.version, 'simulate')}>
                          模拟近期领取
                        </Button>
                      ) : null}
                      {v.status === 'draft' && can('campaign_manager', 'risk_analyst') ? (
                        <Button size="small" onClick={() => void act(v.version, 'submit')}>
                          提交审批
                        </Button>
                      ) : null}
                      {v.status === 'pending_approval' && can('approver') ? (
                        <Button
                          size="small"
                          type="primary"
                          disabled={v.created_by === user?.id || v.submitted_by === user?.id}
                          title={
                            v.created_by === user?.id || v.submitted_by === user?.id
                              ? '审批人不能是制定人'
                              : undefined
                          }
                          onClick={() => void act(v.version, 'approve')}
                        >
                          批准
                        </Button>
                      ) : null}
                      {v.status === 'pending_approval' && can('approver') ? (
                        <Button size="small" danger onClick={() => void act(v.version, 'reject')}>
                          驳回
                        </Button>
                      ) : null}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </PageState>
        {sim ? (
          <Alert
            style={{ marginTop: 12 }}
            type={sim.changed ? 'warning' : 'success'}
            showIcon
            message={`v${sim.version} 对最近 ${sim.total} 笔领取：${sim.changed} 笔结果会改变`}
            description={
              Object.entries(sim.transitions)
                .map(([k, n]) => `${k.replace('allow', '允许').replace('reject', '拒绝')}：${n} 笔`)
                .join('；') || '无变化'
            }
          />
        ) : null}
      </Card>
    </Space>
  );
}
