import { useMemo } from 'react';
import { Image, Text, View } from '@tarojs/components';
import { qrDataUri } from '../lib/qr';
import { barcodeDataUri } from '../lib/barcode';
import { groupCode } from '../lib/coupon-status';

/**
 * The cashier scans the QR (or, with a linear scanner, the barcode) or types the digits under it.
 * Both images say what they are to a screen reader (the web's img alt; Taro's Image takes none, so
 * through nativeProps); the digits are read out from the text below them.
 */
export function QrCode({ code, dim, barcode }: { code: string; dim?: boolean; barcode?: boolean }) {
  const uri = useMemo(() => qrDataUri(code), [code]);
  const bars = useMemo(() => (barcode ? barcodeDataUri(code) : null), [code, barcode]);
  return (
    <View className={`qr ${dim ? 'qr--dim' : ''}`}>
      {bars ? (
        <Image className="qr__barcode" src={bars} mode="scaleToFill" nativeProps={{ alt: '券码条形码' }} />
      ) : null}
      <Image className="qr__img" src={uri} mode="scaleToFill" nativeProps={{ alt: '券码二维码' }} />
      <Text className="qr__code" selectable>
        {groupCode(code)}
      </Text>
    </View>
  );
}
