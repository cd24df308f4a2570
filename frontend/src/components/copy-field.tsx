import { CopyOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApp } from '@/components/antd-scope';

/** A read-only value with a copy button (secrets shown once, links for an authenticator app). */
export function CopyField({ value, label, testId }: { value: string; label: string; testId?: string }) {
  const { t } = useTranslation();
  const { message } = useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      void message.success(t('copy.copied'));
    } catch {
      void message.warning(t('copy.failed'));
    }
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input readOnly value={value} aria-label={label} data-testid={testId} onFocus={(e) => e.target.select()} />
      <Button icon={<CopyOutlined />} onClick={() => void copy()} aria-label={`${t('copy.copy')} ${label}`}>
        {t('copy.copy')}
      </Button>
    </Space.Compact>
  );
}
