import './index.css';
import { Text, View } from '@tarojs/components';

const SECTIONS: [string, string][] = [
  [
    '我们收集哪些信息',
    '手机号（登录与钱包绑定）、微信 openid（小程序登录）、实名信息（仅在活动要求实名时，身份证号只保存其不可逆摘要）、领取与核销记录、设备标识（用于防刷）。',
  ],
  [
    '用于什么',
    '核验领取资格、发放红包和消费券、防范批量注册与刷券、向出资的政府部门提供不含个人身份的统计数据。',
  ],
  [
    '如何保护',
    '个人信息在后台、导出和日志中默认脱敏显示；仅经授权的工作人员可查看完整信息，且每次查看均被审计记录。',
  ],
  [
    '与谁共享',
    '红包发放与充值须经您的数字人民币钱包运营机构（银行）处理；除法律法规要求外，不向其他第三方提供。',
  ],
  ['您的权利', '您可随时退出登录；如需查询、更正或删除个人信息，请联系活动主办方客服。'],
];

export default function Privacy() {
  return (
    <View className="page privacy">
      <View className="card">
        <Text role="heading" aria-level={2} className="card__title">
          数元 · 隐私政策
        </Text>
        {SECTIONS.map(([title, body]) => (
          <View key={title} className="privacy__section">
            <Text className="privacy__title">{title}</Text>
            <Text className="privacy__body">{body}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}
