import type { FareTable } from './fares';
import { decimalYuan, formatYuan } from '../../shared/money';
import { stationIndex } from './network';

// The fare table as GTFS-Fares v2 files (gtfs.org/schedule/reference: fare_media, rider_categories,
// fare_products, areas, stop_areas, networks, route_networks, timeframes, fare_leg_rules,
// fare_transfer_rules). Every station is its own area so the OD table is a leg rule per pair; flat
// areas get one network-wide leg rule; day tickets are fare products with their duration (in the
// product name and a `duration` column our consumers read — GTFS itself has no "from first use").

const csv = (header: string[], rows: CsvRow[]) =>
  [header, ...rows]
    .map((r) =>
      r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(','),
    )
    .join('\n') + '\n';

type CsvRow = (string | number)[];

export function gtfsFaresV2(t: FareTable): Record<string, string> {
  const { products, legs } = singleFareLegs(t);
  return {
    'fare_media.txt': csv(
      ['fare_media_id', 'fare_media_name', 'fare_media_type'],
      [
        ['ride_code', '乘车码（数字人民币）', 4],
        ['tvm_paper', 'TVM 单程票二维码', 1],
      ],
    ),
    'rider_categories.txt': csv(
      ['rider_category_id', 'rider_category_name', 'is_default_fare_category'],
      t.rules.rider_categories.map((c) => [c.id, `${c.name}（${c.percent}%）`, c.id === 'adult' ? 1 : 0]),
    ),
    'fare_products.txt': csv(
      [
        'fare_product_id',
        'fare_product_name',
        'rider_category_id',
        'amount',
        'currency',
        'fare_media_id',
        'duration',
      ],
      [...products, ...dayTicketProducts(t)],
    ),
    ...networkFiles(t),
    'timeframes.txt': csv(
      ['timeframe_group_id', 'start_time', 'end_time', 'service_id'],
      [['all_day', '00:00:00', '24:00:00', 'daily']],
    ),
    'fare_leg_rules.txt': csv(
      ['leg_group_id', 'network_id', 'from_area_id', 'to_area_id', 'fare_product_id', 'rule_priority'],
      legs,
    ),
    ...transferRulesFile(),
    'feed_info.txt': csv(
      ['feed_publisher_name', 'feed_lang', 'feed_version'],
      [[t.network.name, 'zh-CN', `pjver-${t.version}-${t.hash}`]],
    ),
  };
}

// One leg rule per station pair of a distance-priced area and one per flat area, each pointing at a
// single-fare product; pairs with the same fare share the product.
function singleFareLegs(t: FareTable): { products: CsvRow[]; legs: CsvRow[] } {
  const products = new Map<string, CsvRow>();
  const productFor = (fen: number) => {
    const id = `single_${fen}`;
    products.set(id, [id, `单程票 ${formatYuan(fen)}`, '', decimalYuan(fen), 'CNY', 'ride_code', '']);
    return id;
  };
  const legs: CsvRow[] = [];
  const distanceAreas = new Set(t.rules.distance_areas);
  for (const [from, row] of Object.entries(t.od)) {
    if (!distanceAreas.has(t.station_area[from])) continue;
    for (const [to, [, fen]] of Object.entries(row))
      if (from !== to)
        legs.push([`leg_${t.station_area[from]}`, t.station_area[from], from, to, productFor(fen), 0]);
  }
  for (const [area, fen] of Object.entries(t.rules.flat_areas))
    legs.push([`leg_${area}`, area, '', '', productFor(fen), 0]);
  return { products: [...products.values()], legs };
}

function dayTicketProducts(t: FareTable): CsvRow[] {
  return t.rules.day_tickets.map((d) => [
    d.id,
    `${d.name}（首次进站起 ${d.valid_hours} 小时）`,
    '',
    decimalYuan(d.price_fen),
    'CNY',
    'ride_code',
    d.valid_hours * 3600,
  ]);
}

// Every station is its own area (and its own stop); each fare area of the lines is a network.
function networkFiles(t: FareTable): Record<string, string> {
  const stations = [...stationIndex(t.network).values()];
  const lines = t.network.lines;
  return {
    'areas.txt': csv(
      ['area_id', 'area_name'],
      stations.map((s) => [s.id, s.name]),
    ),
    'stop_areas.txt': csv(
      ['area_id', 'stop_id'],
      stations.map((s) => [s.id, s.id]),
    ),
    'networks.txt': csv(
      ['network_id', 'network_name'],
      [...new Set(lines.map((l) => l.area))].map((a) => [a, a]),
    ),
    'route_networks.txt': csv(
      ['network_id', 'route_id'],
      lines.map((l) => [l.area, l.id]),
    ),
  };
}

// Interchanges inside an area are inside the paid area (one leg); no fare-free transfer between areas.
function transferRulesFile(): Record<string, string> {
  return {
    'fare_transfer_rules.txt': csv(
      [
        'from_leg_group_id',
        'to_leg_group_id',
        'transfer_count',
        'duration_limit',
        'duration_limit_type',
        'fare_transfer_type',
        'fare_product_id',
      ],
      [],
    ),
  };
}
