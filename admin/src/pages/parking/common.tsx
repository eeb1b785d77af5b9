import { Button, Select, Tag } from 'antd';
import type { Label } from './model';
import type { Lot } from './types';
import type { CursorList } from './use-cursor-list';

/** Lot filter of the lists; cleared means every lot. */
export function LotSelect({
  id,
  lots,
  value,
  onChange,
  allowClear = true,
}: {
  id: string;
  lots: Lot[];
  value: string | undefined;
  onChange: (lotId: string | undefined) => void;
  allowClear?: boolean;
}) {
  return (
    <Select
      id={id}
      allowClear={allowClear}
      placeholder="全部停车场"
      style={{ width: 220 }}
      value={value}
      onChange={(v?: string) => onChange(v)}
      options={lots.map((l) => ({ value: l.id, label: l.name }))}
    />
  );
}

/** A select over a label map (statuses, kinds). */
export function LabelSelect({
  id,
  labels,
  placeholder,
  value,
  onChange,
}: {
  id: string;
  labels: Record<string, Label>;
  placeholder: string;
  value: string | undefined;
  onChange: (v: string | undefined) => void;
}) {
  return (
    <Select
      id={id}
      allowClear
      placeholder={placeholder}
      style={{ width: 140 }}
      value={value}
      onChange={(v?: string) => onChange(v)}
      options={Object.entries(labels).map(([v, l]) => ({ value: v, label: l.label }))}
    />
  );
}

export function LabelTag({ label }: { label: Label }) {
  return <Tag color={label.color}>{label.label}</Tag>;
}

/** "加载更多" under a keyset-paginated table, or the end of the list. */
export function LoadMore<T>({ list, className }: { list: CursorList<T>; className: string }) {
  const shown = list.data?.items.length ?? 0;
  return (
    <div style={{ textAlign: 'center', marginTop: 12, color: '#999' }}>
      {list.data?.next_cursor ? (
        <Button className={className} loading={list.loadingMore} onClick={() => void list.more()}>
          加载更多
        </Button>
      ) : (
        `共 ${shown} 条，已全部加载`
      )}
    </div>
  );
}
