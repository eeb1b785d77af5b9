import {
  Alert,
  Button,
  Card,
  Input,
  InputNumber,
  Popconfirm,
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
  FACT_REF_OPS,
  NAME_PATTERN,
  OFFSET_OPS,
  OP_LABEL,
  VALUE_HINT,
  childPath,
  childPaths,
  compareWith,
  freshName,
  issuesAt,
  looseIssues,
  namedPath,
  newCondition,
  parseValue,
  renameNamed,
  ruleSetFromJson,
  ruleSetToJson,
  usesOf,
  valueText,
  type CondNode,
  type FactInfo,
  type Node,
  type Output,
  type RuleModel,
  type RuleSetModel,
} from '../rules/model';
import { ruleSetTemplate } from '../rules/templates';
import { ruleIssueZh } from '../i18n/rule-issues';
import type { ItemOf, ResponseOf } from '../api-types';

type Issue = ResponseOf<'postAdminRuleSetsValidate'>['issues'][number];
type Version = ItemOf<'getAdminCampaignsByIdRuleSets'>;
type Facts = ResponseOf<'getAdminRuleFacts'>;

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

/** What the node editors need from the page: the facts, the named conditions to offer, the issues. */
type Ctx = { facts: FactInfo[]; names: string[]; issues: Issue[] };

/** The validator's issues for one element, shown right beside it. */
function IssueNote({ list }: { list: Issue[] }) {
  if (!list.length) return null;
  return (
    <Alert
      className="rule-issue"
      type="error"
      showIcon
      message={list.map((i) => ruleIssueZh(i.message)).join('；')}
      style={{ marginTop: 4 }}
    />
  );
}

const RemoveButton = ({ onRemove, label = '删除' }: { onRemove?: () => void; label?: string }) =>
  onRemove ? (
    <Button size="small" className="node-remove" onClick={onRemove}>
      {label}
    </Button>
  ) : null;

function ValueInput({
  node,
  info,
  onChange,
}: {
  node: CondNode;
  info: FactInfo | undefined;
  onChange: (n: CondNode) => void;
}) {
  if (info?.type === 'boolean' && node.op === 'eq')
    return (
      <Select
        style={{ width: 100 }}
        value={node.value as boolean}
        onChange={(value) => onChange({ ...node, value })}
        options={[
          { value: true, label: '是' },
          { value: false, label: '否' },
        ]}
      />
    );
  if (info?.type === 'number' && OFFSET_OPS.includes(node.op))
    return (
      <InputNumber
        value={node.value as number}
        onChange={(value) => onChange({ ...node, value: value ?? undefined })}
      />
    );
  return (
    <Input
      className="rule-value"
      style={{ width: 220 }}
      placeholder={VALUE_HINT[node.op] ?? '值'}
      value={valueText(node.value, node.op)}
      onChange={(e) => onChange({ ...node, value: parseValue(e.target.value, node.op, info?.type) })}
    />
  );
}

/** A comparison: fact, operator, and a fixed value or another fact (± an offset for numbers). */
function CondEditor({
  node,
  path,
  ctx,
  onChange,
  onRemove,
}: {
  node: CondNode;
  path: string;
  ctx: Ctx;
  onChange: (n: Node) => void;
  onRemove?: () => void;
}) {
  const { facts } = ctx;
  const info = facts.find((f) => f.fact === node.fact);
  const offsetFits = (op: string) => info?.type === 'number' && OFFSET_OPS.includes(op);
  const byRef = node.fact_ref !== undefined;
  const changeOp = (op: string) => {
    if (!byRef || !FACT_REF_OPS.includes(op)) return onChange({ ...compareWith(node, 'value'), op });
    const next: CondNode = { ...node, op };
    if (!offsetFits(op)) delete next.offset;
    onChange(next);
  };
  const others = facts.filter((f) => f.fact !== node.fact && (!info || f.type === info.type));
  return (
    <div className="rule-cond" style={{ marginBottom: 8 }}>
      <Space wrap>
        <Select
          className="rule-fact"
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
          className="rule-op"
          style={{ width: 150 }}
          value={node.op}
          onChange={changeOp}
          options={(info?.operators ?? [node.op]).map((o) => ({ value: o, label: OP_LABEL[o] ?? o }))}
        />
        {FACT_REF_OPS.includes(node.op) || byRef ? (
          <Select
            className="rule-compare"
            style={{ width: 190 }}
            value={byRef ? 'fact' : 'value'}
            onChange={(mode: 'value' | 'fact') => onChange(compareWith(node, mode, others[0]?.fact))}
            options={[
              { value: 'value', label: '固定值' },
              {
                value: 'fact',
                label: offsetFits(node.op) ? '比较另一字段 ± 偏移量' : '比较另一字段',
              },
            ]}
          />
        ) : null}
        {byRef ? (
          <>
            <Select
              className="rule-fact-ref"
              style={{ width: 170 }}
              value={node.fact_ref}
              placeholder="另一字段"
              onChange={(fact_ref) => onChange({ ...node, fact_ref })}
              options={others.map((f) => ({ value: f.fact, label: FACT_LABEL[f.fact] ?? f.fact }))}
            />
            {offsetFits(node.op) || node.offset !== undefined ? (
              <InputNumber
                className="rule-offset"
                addonBefore="±"
                placeholder="偏移量，如 -1000"
                style={{ width: 200 }}
                value={node.offset}
                onChange={(v) => {
                  const next: CondNode = { ...node };
                  if (typeof v === 'number') next.offset = v;
                  else delete next.offset;
                  onChange(next);
                }}
              />
            ) : null}
          </>
        ) : (
          <ValueInput node={node} info={info} onChange={onChange} />
        )}
        <RemoveButton onRemove={onRemove} />
      </Space>
      <IssueNote list={issuesAt(ctx.issues, path)} />
    </div>
  );
}

function NodeEditor({
  node,
  path,
  ctx,
  onChange,
  onRemove,
  root,
}: {
  node: Node;
  path: string;
  ctx: Ctx;
  onChange: (n: Node) => void;
  onRemove?: () => void;
  /** The top of a rule's or a named condition's tree: a lone condition may become a group. */
  root?: boolean;
}) {
  const here = <IssueNote list={issuesAt(ctx.issues, path, childPaths(path, node))} />;
  const wrap = root ? (
    <Button size="small" className="wrap-group" onClick={() => onChange({ kind: 'all', children: [node] })}>
      改为条件组
    </Button>
  ) : null;
  if (node.kind === 'cond')
    return (
      <>
        <CondEditor node={node} path={path} ctx={ctx} onChange={onChange} onRemove={onRemove} />
        {wrap}
      </>
    );
  if (node.kind === 'use') {
    return (
      <div className="rule-use" style={{ marginBottom: 8 }}>
        <Space wrap>
          <Tag color="purple">共用条件</Tag>
          <Select
            className="rule-use-name"
            style={{ width: 220 }}
            value={node.name || undefined}
            placeholder="选择共用条件"
            onChange={(name) => onChange({ ...node, name })}
            options={ctx.names.map((n) => ({ value: n, label: n }))}
          />
          <RemoveButton onRemove={onRemove} />
          {wrap}
        </Space>
        {here}
      </div>
    );
  }
  if (node.kind === 'not') {
    return (
      <div style={{ borderLeft: '3px solid #faad14', paddingLeft: 12, marginBottom: 8 }}>
        <Typography.Text type="warning">不满足以下条件：</Typography.Text>
        {here}
        <NodeEditor
          node={node.child}
          path={childPath(path, node)}
          ctx={ctx}
          onChange={(child) => onChange({ ...node, child })}
        />
        <RemoveButton onRemove={onRemove} />
        {wrap}
      </div>
    );
  }
  const add = (n: Node) => onChange({ ...node, children: [...node.children, n] });
  return (
    <div
      className="rule-group"
      style={{
        borderLeft: `3px solid ${node.kind === 'all' ? '#1677ff' : '#52c41a'}`,
        paddingLeft: 12,
        marginBottom: 8,
      }}
    >
      <Space style={{ marginBottom: 8 }} wrap>
        <Select
          size="small"
          value={node.kind}
          onChange={(kind) => onChange({ ...node, kind })}
          options={[
            { value: 'all', label: '同时满足（且）' },
            { value: 'any', label: '满足任一（或）' },
          ]}
        />
        <Button size="small" className="add-cond" onClick={() => add(newCondition(ctx.facts))}>
          + 条件
        </Button>
        <Button size="small" onClick={() => add({ kind: 'any', children: [newCondition(ctx.facts)] })}>
          + 条件组
        </Button>
        <Button
          size="small"
          className="add-use"
          disabled={!ctx.names.length}
          title={ctx.names.length ? undefined : '先在「共用条件」里添加一个'}
          onClick={() => add({ kind: 'use', name: ctx.names[0] })}
        >
          + 引用共用条件
        </Button>
        <Button size="small" onClick={() => add({ kind: 'not', child: newCondition(ctx.facts) })}>
          + 不满足
        </Button>
        <RemoveButton onRemove={onRemove} label="删除组" />
      </Space>
      {here}
      {node.children.map((child, i) => (
        <NodeEditor
          key={i}
          node={child}
          path={childPath(path, node, i)}
          ctx={ctx}
          onChange={(n) => onChange({ ...node, children: node.children.map((c, j) => (j === i ? n : c)) })}
          onRemove={() => onChange({ ...node, children: node.children.filter((_, j) => j !== i) })}
        />
      ))}
    </div>
  );
}

function OutputEditor({
  value,
  decisions,
  onChange,
}: {
  value: Output;
  decisions: string[];
  onChange: (o: Output) => void;
}) {
  return (
    <Space wrap>
      <Select
        value={value.decision}
        style={{ width: 140 }}
        onChange={(decision) => onChange({ ...value, decision })}
        options={decisions.map((d) => ({ value: d, label: DECISION[d] ?? d }))}
      />
      <Input
        placeholder="原因代码"
        value={value.reason}
        onChange={(e) => onChange({ ...value, reason: e.target.value || undefined })}
      />
      <Input
        placeholder="给市民的提示"
        style={{ width: 260 }}
        value={value.message}
        onChange={(e) => onChange({ ...value, message: e.target.value || undefined })}
      />
    </Space>
  );
}

/** A named condition's name: edited freely, applied (with every use renamed) on Enter or leaving the field. */
function NameInput({
  name,
  taken,
  onRename,
}: {
  name: string;
  taken: string[];
  onRename: (to: string) => void;
}) {
  const [text, setText] = useState(name);
  useEffect(() => setText(name), [name]);
  const to = text.trim().toUpperCase();
  const problem =
    to === name
      ? null
      : !NAME_PATTERN.test(to)
        ? '名称须为大写字母开头的 UPPER_SNAKE（字母、数字、下划线，至多 64 个）'
        : taken.includes(to)
          ? '已有同名的共用条件'
          : null;
  const commit = () => {
    if (to === name) return setText(name);
    if (problem) {
      message.error(problem);
      return setText(name);
    }
    onRename(to);
  };
  return (
    <Input
      className="named-name"
      style={{ width: 260 }}
      value={text}
      status={problem ? 'error' : undefined}
      title={problem ?? undefined}
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

/** 共用条件: the rule set's named conditions, each edited like a rule's condition tree. */
function NamedConditions({
  model,
  facts,
  issues,
  update,
}: {
  model: RuleSetModel;
  facts: FactInfo[];
  issues: Issue[];
  update: (m: RuleSetModel) => void;
}) {
  const named = model.conditions ?? [];
  const names = named.map((c) => c.name);
  const set = (i: number, when: Node) =>
    update({ ...model, conditions: named.map((c, j) => (j === i ? { ...c, when } : c)) });
  return (
    <Card
      size="small"
      className="named-conditions"
      title="共用条件"
      style={{ marginBottom: 12 }}
      extra={
        <Button
          size="small"
          className="add-named"
          onClick={() =>
            update({
              ...model,
              conditions: [
                ...named,
                { name: freshName(model), when: { kind: 'all', children: [newCondition(facts)] } },
              ],
            })
          }
        >
          + 共用条件
        </Button>
      }
    >
      {named.length === 0 ? (
        <Typography.Text type="secondary">
          几条规则都要用的条件（如“本区居民或学生”）可在此定义一次，规则里用“引用共用条件”选用。
        </Typography.Text>
      ) : null}
      {named.map((c, i) => {
        const used = usesOf(model, c.name);
        return (
          <Card
            key={i}
            size="small"
            className="named-condition"
            style={{ marginBottom: 8 }}
            title={
              <Space>
                <NameInput
                  name={c.name}
                  taken={names.filter((n) => n !== c.name)}
                  onRename={(to) => update(renameNamed(model, c.name, to))}
                />
                <Typography.Text type="secondary">{used ? `被引用 ${used} 处` : '未被引用'}</Typography.Text>
              </Space>
            }
            extra={
              <Popconfirm
                title={used ? `仍有 ${used} 处引用它，删除后这些引用会校验失败` : '删除这个共用条件？'}
                okText="删除"
                cancelText="取消"
                onConfirm={() => {
                  const rest = named.filter((_, j) => j !== i);
                  update({
                    ...model,
                    conditions: rest.length || model.order?.includes('conditions') ? rest : undefined,
                  });
                }}
              >
                <Button size="small" className="named-delete">
                  删除
                </Button>
              </Popconfirm>
            }
          >
            <NodeEditor
              root
              node={c.when}
              path={namedPath(c.name)}
              ctx={{ facts, names: names.filter((n) => n !== c.name), issues }}
              onChange={(when) => set(i, when)}
            />
          </Card>
        );
      })}
    </Card>
  );
}

function RuleCard({
  rule,
  index,
  ctx,
  decisions,
  onChange,
  onRemove,
}: {
  rule: RuleModel;
  index: number;
  ctx: Ctx;
  decisions: string[];
  onChange: (r: RuleModel) => void;
  onRemove: () => void;
}) {
  const path = `/rules/${index}`;
  return (
    <Card
      size="small"
      className="rule-card"
      style={{ marginBottom: 12 }}
      title={
        <Input
          className="rule-id"
          value={rule.id}
          style={{ width: 200 }}
          onChange={(e) => onChange({ ...rule, id: e.target.value })}
        />
      }
      extra={
        <Button size="small" onClick={onRemove}>
          删除规则
        </Button>
      }
    >
      <NodeEditor
        root
        node={rule.when}
        path={`${path}/when`}
        ctx={ctx}
        onChange={(when) => onChange({ ...rule, when })}
      />
      <Space>
        则
        <OutputEditor
          value={rule.then}
          decisions={decisions}
          onChange={(then) => onChange({ ...rule, then })}
        />
      </Space>
      <IssueNote list={issuesAt(ctx.issues, path, [`${path}/when`])} />
    </Card>
  );
}

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
    const m = ruleSetFromJson(latest?.definition ?? ruleSetTemplate(kind));
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
  const ctx: Ctx = { facts: factList, names: (model?.conditions ?? []).map((c) => c.name), issues };
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={`${kind === 'risk' ? '风控策略' : '领取资格规则'}`}
        extra={<Link to={`/campaigns/${id}`}>返回活动</Link>}
      >
        {!model ? (
          <PageState remote={versions}>{() => null}</PageState>
        ) : !facts.data ? (
          // The editors offer the server's facts and their operators: wait for them.
          <PageState remote={facts}>{() => null}</PageState>
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
                    <NamedConditions model={model} facts={factList} issues={issues} update={update} />
                    {model.rules.map((r, i) => (
                      <RuleCard
                        key={i}
                        rule={r}
                        index={i}
                        ctx={ctx}
                        decisions={decisions}
                        onChange={(rule) =>
                          update({ ...model, rules: model.rules.map((x, j) => (j === i ? rule : x)) })
                        }
                        onRemove={() => update({ ...model, rules: model.rules.filter((_, j) => j !== i) })}
                      />
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
                      <OutputEditor
                        value={model.default}
                        decisions={decisions}
                        onChange={(d) => update({ ...model, default: d })}
                      />
                      <IssueNote list={issuesAt(issues, '/default')} />
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
        {model && looseIssues(issues, model).length ? (
          <Alert
            className="rule-issue rule-set-issues"
            type="error"
            showIcon
            message={looseIssues(issues, model)
              .map((i) => `${i.path || '规则集'}：${ruleIssueZh(i.message)}`)
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
