import { describe, expect, it } from 'vitest';
import { crumbsFor } from './breadcrumbs';

describe('breadcrumbs', () => {
  it('start at the menu entry and link every step but the page itself', () => {
    expect(crumbsFor('/campaigns')).toEqual([{ label: '活动管理' }]);
    expect(crumbsFor('/campaigns/new')).toEqual([
      { label: '活动管理', path: '/campaigns' },
      { label: '新建活动' },
    ]);
    expect(crumbsFor('/campaigns/c_1/rules/risk')).toEqual([
      { label: '活动管理', path: '/campaigns' },
      { label: '活动详情', path: '/campaigns/c_1' },
      { label: '风控策略' },
    ]);
    expect(crumbsFor('/campaigns/c_1/edit')).toEqual([
      { label: '活动管理', path: '/campaigns' },
      { label: '活动详情', path: '/campaigns/c_1' },
      { label: '编辑活动' },
    ]);
    expect(crumbsFor('/audit')).toEqual([{ label: '审计日志' }]);
    expect(crumbsFor('/parking/sessions')).toEqual([{ label: '停车收费' }]);
    expect(crumbsFor('/login')).toEqual([]);
  });
});
