import { Button, Card, Col, DatePicker, Empty, Row, Select, Space, Statistic } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { api, type Page } from '../api';
import { Chart } from '../components/Chart';
import { datePresets } from '../components/date-presets';
import { PageState } from '../components/PageState';
import { downloadCsv } from '../csv-download';
import { funnelSteps } from './dashboard-figures';
import { useRemote } from '../components/use-remote';
import { dayKey, yuan } from '../format';
import type { ResponseOf } from '../api-types';

type Overview = ResponseOf<'getAdminAnalyticsOverview'>;

const CATEGORY: Record<string, string> = {
  supermarket: '商超',
  catering: '餐饮',
  retail: '零售',
  parking: '停车',
};
const label = (d: string) => `${d.slice(4, 6)}-${d.slice(6, 8)}`;
const yuanAxis = {
  type: 'value' as const,
  axisLabel: { formatter: (v: number) => yuan(v).replace(/\.00$/, '') },
};
/** The daily figures on screen, as the CSV an operator takes to a report. */
function exportDays(o: Overview, campaignName: string) {
  downloadCsv(
    `dashboard-${o.days[0]?.day ?? ''}-${o.days[o.days.length - 1]?.day ?? ''}.csv`,
    ['日期', '活动', '领取', '核销', '风控通过', '人工审核', '风控拒绝'],
    o.days.map((d) => [
      `${d.day.slice(0, 4)}-${d.day.slice(4, 6)}-${d.day.slice(6, 8)}`,
      campaignName,
      d.claims,
      d.redemptions,
      d.risk.pass,
      d.risk.review,
      d.risk.reject,
    ]),
  );
}

const hasRisk = (o: Overview) => o.days.some((d) => d.risk.pass + d.risk.review + d.risk.reject > 0);

const yuanTip = (
  params:
    | { seriesName: string; value: number; marker: string }[]
    | { seriesName: string; value: number; marker: string },
) =>
  (Array.isArray(params) ? params : [params])
    .map((p) => `${p.marker}${p.seriesName} ${yuan(p.value)}`)
    .join('<br/>');

export function Dashboard() {
  const [range, setRange] = useState<[Dayjs, Dayjs]>([dayjs().subtract(6, 'day'), dayjs()]);
  const [campaignId, setCampaignId] = useState<string | undefined>();
  const campaigns = useRemote(
    () => api<Page<{ id: string; name: string }>>('/admin/campaigns?limit=100'),
    [],
  );
  const overview = useRemote(
    () =>
      api<Overview>(
        `/admin/analytics/overview?from=${dayKey(range[0].toDate())}&to=${dayKey(range[1].toDate())}${campaignId ? `&campaign_id=${campaignId}` : ''}`,
      ),
    [range[0].valueOf(), range[1].valueOf(), campaignId],
  );

  const charts = useMemo(() => {
    const o = overview.data;
    if (!o) return null;
    const days = o.days.map((d) => label(d.day));
    const steps = funnelSteps(o.funnel);
    return {
      trend: {
        tooltip: { trigger: 'axis' },
        legend: { data: ['领取', '核销'] },
        xAxis: { type: 'category', data: days },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '领取', type: 'line', smooth: true, data: o.days.map((d) => d.claims) },
          { name: '核销', type: 'line', smooth: true, data: o.days.map((d) => d.redemptions) },
        ],
      },
      burn: o.burn
        ? {
            tooltip: { trigger: 'axis', formatter: yuanTip },
            legend: { data: ['实际剩余预算', '计划剩余预算'] },
            xAxis: { type: 'category', data: o.burn.points.map((p) => label(p.day)) },
            yAxis: yuanAxis,
            series: [
              { name: '实际剩余预算', type: 'line', data: o.burn.points.map((p) => p.remaining_fen) },
              {
                name: '计划剩余预算',
                type: 'line',
                lineStyle: { type: 'dashed' },
                data: o.burn.points.map((p) => p.plan_remaining_fen),
              },
            ],
          }
        : null,
      funnel: {
        tooltip: { trigger: 'item' },
        series: [
          {
            type: 'funnel',
            sort: 'none',
            label: {
              formatter: (p: { name: string; value: number; dataIndex: number }) => {
                const rate = steps[p.dataIndex].rate;
                return rate ? `${p.name}：${p.value}（转化 ${rate}）` : `${p.name}：${p.value}`;
              },
            },
            data: steps.map(({ name, value }) => ({ name, value })),
          },
        ],
      },
      merchants: {
        tooltip: { trigger: 'axis', formatter: yuanTip },
        legend: { data: ['补贴', '订单金额'] },
        xAxis: { type: 'category', data: o.by_merchant.map((m) => m.name) },
        yAxis: yuanAxis,
        series: [
          { name: '补贴', type: 'bar', data: o.by_merchant.map((m) => m.subsidy_fen) },
          { name: '订单金额', type: 'bar', data: o.by_merchant.map((m) => m.order_fen) },
        ],
      },
      categories: {
        tooltip: { trigger: 'axis', formatter: yuanTip },
        xAxis: { type: 'category', data: o.by_category.map((c) => CATEGORY[c.category] ?? c.category) },
        yAxis: yuanAxis,
        series: [{ name: '补贴', type: 'bar', data: o.by_category.map((c) => c.subsidy_fen) }],
      },
      risk: {
        tooltip: { trigger: 'axis' },
        legend: { data: ['通过', '人工审核', '拒绝'] },
        xAxis: { type: 'category', data: days },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: '通过', type: 'bar', stack: 'r', data: o.days.map((d) => d.risk.pass) },
          { name: '人工审核', type: 'bar', stack: 'r', data: o.days.map((d) => d.risk.review) },
          { name: '拒绝', type: 'bar', stack: 'r', data: o.days.map((d) => d.risk.reject) },
        ],
      },
    };
  }, [overview.data]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Space wrap>
          <DatePicker.RangePicker
            value={range}
            allowClear={false}
            onChange={(v) => v?.[0] && v[1] && setRange([v[0], v[1]])}
            disabledDate={(d) => d.isAfter(dayjs())}
            presets={datePresets()}
          />
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            aria-label="选择活动"
            placeholder="全部活动"
            style={{ width: 280 }}
            value={campaignId}
            onChange={setCampaignId}
            options={campaigns.data?.items.map((c) => ({ value: c.id, label: c.name }))}
            className="dashboard-campaign"
          />
          <Button
            className="dashboard-export"
            disabled={!overview.data}
            onClick={() =>
              overview.data &&
              exportDays(
                overview.data,
                campaigns.data?.items.find((c) => c.id === campaignId)?.name ?? '全部活动',
              )
            }
          >
            导出 CSV
          </Button>
        </Space>
      </Card>
      <PageState remote={overview}>
        {(o) => (
          <>
            <Row gutter={16}>
              <Col span={6}>
                <Card>
                  <Statistic title="领取" value={o.funnel.claims} className="kpi-claims" />
                </Card>
              </Col>
              <Col span={6}>
                <Card>
                  <Statistic title="核销" value={o.funnel.redemptions} className="kpi-redemptions" />
                </Card>
              </Col>
              <Col span={6}>
                <Card>
                  <Statistic title="补贴支出" value={yuan(o.leverage.subsidy_fen)} className="kpi-subsidy" />
                </Card>
              </Col>
              <Col span={6}>
                <Card>
                  <Statistic
                    title="拉动比（带动消费 ÷ 补贴）"
                    value={o.leverage.ratio === null ? '—' : `${o.leverage.ratio} 倍`}
                    className="kpi-leverage"
                  />
                </Card>
              </Col>
            </Row>
            <Row gutter={16} style={{ marginTop: 16 }}>
              <Col span={12}>
                <Card title="领取与核销趋势">
                  <Chart option={charts!.trend} className="chart-trend" />
                </Card>
              </Col>
              <Col span={12}>
                <Card title="预算消耗（选择活动后显示计划线）">
                  {charts!.burn ? (
                    <Chart option={charts!.burn} />
                  ) : (
                    <Empty description="请选择一个活动查看预算消耗与计划对比" />
                  )}
                </Card>
              </Col>
            </Row>
            <Row gutter={16} style={{ marginTop: 16 }}>
              <Col span={8}>
                <Card title="转化漏斗">
                  <Chart option={charts!.funnel} />
                  <p className="funnel-rates">
                    {funnelSteps(o.funnel)
                      .slice(1)
                      .map((s) => `${s.name}率 ${s.rate ?? '—'}`)
                      .join(' · ')}
                  </p>
                </Card>
              </Col>
              <Col span={8}>
                <Card title="各商户核销">
                  {o.by_merchant.length ? (
                    <Chart option={charts!.merchants} />
                  ) : (
                    <Empty description="所选时段没有核销" />
                  )}
                </Card>
              </Col>
              <Col span={8}>
                <Card title="各品类补贴">
                  {o.by_category.length ? (
                    <Chart option={charts!.categories} />
                  ) : (
                    <Empty description="所选时段没有补贴支出" />
                  )}
                </Card>
              </Col>
            </Row>
            <Card title="风控决策" style={{ marginTop: 16 }}>
              {hasRisk(o) ? (
                <Chart option={charts!.risk} height={260} />
              ) : (
                <Empty className="risk-empty" description="所选时段没有风控决策（暂无数据）" />
              )}
            </Card>
          </>
        )}
      </PageState>
    </Space>
  );
}
