import { formatDateTime } from '@/lib/format';
import { Button, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useBranches } from '../api/get-branches';

/** A plain register of all branches for printing (the browser's print dialog). */
export function BranchPrint() {
  const { t } = useTranslation();
  const branches = useBranches({ size: 100, sort: 'code' });
  if (branches.isPending) return <Skeleton active />;
  if (branches.isError) return <ErrorState title={t('branches.loadFailed')} error={branches.error} />;
  const cell = { border: '1px solid #888', padding: '4px 8px', textAlign: 'left' as const };
  return (
    <section>
      <Flex justify="space-between" align="center" className="cx-no-print" style={{ marginBottom: 16 }}>
        <Typography.Text>{t('branches.listHint', { count: branches.data.total })}</Typography.Text>
        <Button type="primary" onClick={() => window.print()}>
          {t('common.print')}
        </Button>
      </Flex>
      <Typography.Title level={1} style={{ fontSize: '1.4em', textAlign: 'center' }}>
        {t('branches.printTitle')}
      </Typography.Title>
      <Typography.Paragraph style={{ textAlign: 'right' }}>
        {t('branches.printedAt', { time: formatDateTime(new Date().toISOString()) })}
      </Typography.Paragraph>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', width: '100%', background: '#fff' }}>
          <thead>
            <tr>
              {(['code', 'name', 'kind', 'workUnit', 'chairName', 'memberCount', 'status'] as const).map((f) => (
                <th key={f} style={cell}>
                  {t(`branches.field.${f}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {branches.data.items.map((b) => (
              <tr key={b.id}>
                <td style={cell}>{b.code}</td>
                <td style={cell}>{b.name}</td>
                <td style={cell}>{t(`branches.kind.${b.kind}`)}</td>
                <td style={cell}>{b.workUnit}</td>
                <td style={cell}>{b.chairName}</td>
                <td style={cell}>{b.memberCount}</td>
                <td style={cell}>{t(`branches.status.${b.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
