import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, type ButtonProps } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { createDownloadLink, followDownload, isWeChat } from '@/lib/download';
import { problemMessage } from '@/lib/problem';
import { useApp } from '@/components/antd-scope';

type Props = {
  /** The file's path in the API, e.g. `/api/v1/exports/branches.xlsx?status=ACTIVE`. */
  path: string;
  children?: ReactNode;
} & Pick<ButtonProps, 'type' | 'size' | 'block' | 'disabled' | 'icon' | 'aria-label'>;

/** Downloads a file of the API through a short-lived link; inside WeChat it shows the link with how to open it. */
export function DownloadButton({ path, children, icon, ...button }: Props) {
  const { t } = useTranslation();
  const { message } = useApp();
  const [busy, setBusy] = useState(false);
  const [weChatLink, setWeChatLink] = useState<string | null>(null);

  const download = async () => {
    setBusy(true);
    try {
      const url = await createDownloadLink(path);
      if (isWeChat()) setWeChatLink(url);
      else followDownload(url);
    } catch (error) {
      void message.error(problemMessage(error, t));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button {...button} icon={icon ?? <DownloadOutlined />} loading={busy} onClick={() => void download()}>
        {children ?? t('download.action')}
      </Button>
      <Modal
        open={weChatLink !== null}
        title={t('download.weChatTitle')}
        onCancel={() => setWeChatLink(null)}
        footer={<Button onClick={() => setWeChatLink(null)}>{t('common.close')}</Button>}
      >
        <Alert type="info" showIcon title={t('download.weChatHint')} />
        {weChatLink && (
          <p style={{ marginTop: 16 }}>
            <a href={weChatLink}>{t('download.tryHere')}</a>
          </p>
        )}
      </Modal>
    </>
  );
}
