import { useMemo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { qrDataUri } from '../lib/qr';
import { groupCode } from '../lib/coupon-status';

/** The cashier scans the QR or types the digits under it. */
export function QrCode({ code, dim }: { code: string; dim?: boolean }) {
  const uri = useMemo(() => qrDataUri(code), [code]);
  return (
    <View className={`qr ${dim ? 'qr--dim' : ''}`}>
      <Image className="qr__img" src={uri} mode="scaleToFill" />
      <Text className="qr__code" selectable>
        {groupCode(code)}
      </Text>
    </View>
  );
}
