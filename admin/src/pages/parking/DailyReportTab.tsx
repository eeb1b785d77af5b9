import { Card, Col, DatePicker, Row, Space, Statistic, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { api } from '../../api';
import { PageState } from '../../components/PageState';
import { useRemote, type Remote } from '../../components/use-remote';
import { dayKey, yuan } from '../../format';
import { LotSelect } from './common';
import { PAYMENT_CHANNEL, channelRows, isoDate, type ChannelRow } from './model';
import type { DailyReport, Lot } from './types';

function Stat({ title, value, name }: { title: string; value: number | string; name: string }) {
  return (
    <Col xs={12} md={8} xl={6} style={{ marginBottom: 16 }}>
      <Card size="small" className={`report-${name}`}>
        <Statistic title={title} value={value} />
      </Card>
    </Col>
  );
}

function ReportBody({ r }: { r: DailyReport }) {
  const { rows, total } = channelRows(r);
  return (
    <>
      <Row gutter={16}>
        <Stat name="entries" title="入场车次" value={r.entries} />
        <Stat name="exits" title="出场车次" value={r.exits} />
        <Stat name="offline-exits" title="其中离线出场" value={r.offline_exits} />
        <Stat name="payments" title="缴费笔数" value={r.payments} />
        <Stat name="fee" title="停车费收入（应收）" value={yuan(r.fee_collected_fen)} />
        <Stat name="discount" title="其中消费券抵扣" value={yuan(r.coupon_discount_fen)} />
        <Stat name="paid" title="其中车主实付" value={yuan(r.paid_by_drivers_fen)} />
        <Stat name="exceptions" title="异常事件" value={r.exceptions} />
        <Stat name="unpaid-sessions" title="欠费离场车辆" value={r.unpaid_sessions} />
        <Stat name="unpaid" title="欠费金额" value={yuan(r.unpaid_fen)} />
      </Row>
      <Typography.Paragraph type="secondary">
        按北京时间 {isoDate(r.day)} 00:00–24:00
        统计；收入按缴费成功时间计入。欠费为当日结束前离场、至今仍未补缴的车辆（含此前日期离场的）。
      </Typography.Paragraph>
      <Table<ChannelRow>
        rowKey="channel"
        size="small"
        className="report-channels"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: '当日没有缴费' }}
        columns={[
          { title: '缴费渠道', dataIndex: 'channel', render: (c: string) => PAYMENT_CHANNEL[c] ?? c },
          { title: '笔数', dataIndex: 'payments', align: 'right' },
          { title: '应收', dataIndex: 'fee_fen', align: 'right', render: yuan },
          { title: '券抵扣', dataIndex: 'discount_fen', align: 'right', render: yuan },
          { title: '车主实付', dataIndex: 'paid_fen', align: 'right', render: yuan },
        ]}
        summary={() =>
          rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>合计</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {total.payments}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {yuan(total.fee_fen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {yuan(total.discount_fen)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {yuan(total.paid_fen)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}

/** One lot's CST day; the picker's date is a calendar date, taken as that day in Beijing time. */
export function DailyReportTab({ lots: remote }: { lots: Remote<{ items: Lot[] }> }) {
  const lots = remote.data?.items ?? [];
  const [picked, setPicked] = useState<string | undefined>();
  const [day, setDay] = useState<Dayjs>(() => dayjs(isoDate(dayKey(new Date()))));
  const lotId = picked ?? lots[0]?.id;
  const key = day.format('YYYYMMDD');
  const report = useRemote(
    () =>
      lotId
        ? api<DailyReport>(`/admin/parking/lots/${encodeURIComponent(lotId)}/daily-report?day=${key}`)
        : Promise.resolve(null),
    [lotId, key],
  );
  if (lots.length === 0) {
    return (
      <PageState remote={remote} isEmpty={() => true} empty="还没有接入停车场">
        {() => null}
      </PageState>
    );
  }
  return (
    <>
      <Space style={{ marginBottom: 16 }} wrap>
        <LotSelect id="report-lot" lots={lots} value={lotId} onChange={setPicked} allowClear={false} />
        <DatePicker
          className="report-day"
          value={day}
          allowClear={false}
          format="YYYY-MM-DD"
          onChange={(d) => d && setDay(d)}
        />
      </Space>
      <PageState remote={report}>{(r) => (r ? <ReportBody r={r} /> : null)}</PageState>
    </>
  );
}
