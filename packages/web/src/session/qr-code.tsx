import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

/** A link as a QR code (an SVG image made by the `qrcode` library), for a phone to scan from the screen. */
export function QrCode({ url, label }: { readonly url: string; readonly label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setSrc(null));
    return () => {
      live = false;
    };
  }, [url]);
  return src ? <img className="qr" src={src} alt={`QR code of the ${label} link`} width={160} height={160} /> : null;
}
