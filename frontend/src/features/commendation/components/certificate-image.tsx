import { Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderCertificate, type CertificateText } from './certificate-art';

/**
 * The certificate as a picture: drawn once on a canvas and shown as an image, so that a phone (WeChat too) saves it
 * with a long press and it can be shared like any photo.
 */
export function CertificateImage({ text }: { text: CertificateText }) {
  const { t } = useTranslation();
  // undefined while drawing; null where the browser cannot draw (the details above the picture still say it all).
  const [drawn, setDrawn] = useState<{ key: string; src: string | null } | undefined>(undefined);
  const key = JSON.stringify(text);

  useEffect(() => {
    let current = true;
    renderCertificate(JSON.parse(key) as CertificateText)
      .catch(() => null)
      .then((src) => {
        if (current) setDrawn({ key, src });
      });
    return () => {
      current = false;
    };
  }, [key]);

  if (!drawn || drawn.key !== key) return <Skeleton.Image active style={{ width: '100%', height: 220 }} />;
  if (!drawn.src) return null;
  return (
    <img
      src={drawn.src}
      alt={t('publicPages.certificateAlt', { branch: text.branchName })}
      data-testid="certificate-image"
      style={{ width: '100%', height: 'auto', display: 'block', boxShadow: '0 1px 6px rgba(0,0,0,.15)' }}
    />
  );
}
