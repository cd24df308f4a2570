import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Alert, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorState } from '@/components/error-state';
import { LanguageSwitch } from '@/components/language-switch';
import { MarkdownText } from '@/components/markdown-text';
import { StatusTag } from '@/components/status-tag';
import { paths } from '@/config/paths';
import { useCertificateCheck } from '@/features/commendation/api/get-certificate-check';
import { usePublicList } from '@/features/commendation/api/get-public-list';
import { chineseDate } from '@/features/commendation/components/certificate-art';
import { CertificateImage } from '@/features/commendation/components/certificate-image';
import { ApiError } from '@/lib/problem';

function PublicPage({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', padding: 16, background: '#f5f6f8' }}>
      <main style={{ width: '100%', maxWidth: 880 }}>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
          <Typography.Text strong style={{ color: '#12335e' }}>
            {t('app.shortName')}
          </Typography.Text>
          <LanguageSwitch />
        </Flex>
        <div style={{ background: '#fff', borderRadius: 8, padding: 16 }}>{children}</div>
      </main>
    </Flex>
  );
}

function idOf(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

const notFound = (error: unknown) => error instanceof ApiError && error.status === 404;

/** A commendation list under public notice (公示) or decided, for anyone holding the link. */
export function PublicListRoute() {
  const { t } = useTranslation();
  const id = idOf(useParams().id);
  const list = usePublicList(id);

  if (list.isPending) {
    return (
      <PublicPage>
        <Skeleton active paragraph={{ rows: 8 }} />
      </PublicPage>
    );
  }
  if (list.isError) {
    return (
      <PublicPage>
        {notFound(list.error) ? (
          <Result status="404" title={t('publicPages.listMissing')} subTitle={t('publicPages.listMissingHint')} />
        ) : (
          <ErrorState title={t('publicPages.loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
        )}
      </PublicPage>
    );
  }
  const l = list.data;
  const underNotice = l.status === 'NOTICE';
  return (
    <PublicPage>
      <Typography.Text type="secondary">{l.issuer}</Typography.Text>
      <Typography.Title level={1} style={{ fontSize: '1.4em', marginTop: 4 }}>
        {underNotice
          ? t('publicPages.noticeTitle', { campaign: l.campaignTitle })
          : t('publicPages.listTitle', { campaign: l.campaignTitle })}
      </Typography.Title>
      <span data-testid="public-list-status">
        <StatusTag tone={underNotice ? 'warn' : 'ok'} icon={underNotice ? <ClockCircleOutlined /> : <CheckCircleOutlined />}>
          {t(`publicPages.status.${l.status}`)}
        </StatusTag>
      </span>
      {l.correctedByListId != null && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={t('publicPages.corrected')}
          description={<Link to={paths.publicList.href(l.correctedByListId)}>{t('publicPages.seeCorrection')}</Link>}
        />
      )}
      {l.noticeStartsOn && l.noticeEndsOn && (
        <Typography.Paragraph style={{ marginTop: 12 }} data-testid="public-notice-period">
          {t('publicPages.noticePeriod', { from: chineseDate(l.noticeStartsOn), to: chineseDate(l.noticeEndsOn) })}
        </Typography.Paragraph>
      )}
      {l.noticeText && (
        <div style={{ marginBottom: '1em' }}>
          <MarkdownText text={l.noticeText} testId="public-notice-text" />
        </div>
      )}
      {l.resolutionNumber && l.resolutionDate && (
        <Typography.Paragraph>
          {t('publicPages.decision', { number: l.resolutionNumber, date: chineseDate(l.resolutionDate) })}
        </Typography.Paragraph>
      )}
      <Typography.Title level={2} style={{ fontSize: '1.1em' }}>
        {t('publicPages.branches', { count: l.branches.length })}
      </Typography.Title>
      <ol data-testid="public-list-branches" style={{ paddingLeft: 24, lineHeight: 2 }}>
        {l.branches.map((b) => (
          <li key={b.branchId}>{b.branchName}</li>
        ))}
      </ol>
    </PublicPage>
  );
}

/** A certificate as a picture to keep, and its check against the register: what the QR code on it opens. */
export function CertificateRoute() {
  const { t } = useTranslation();
  const params = useParams();
  const listId = idOf(params.listId);
  const branchId = idOf(params.branchId);
  const check = useCertificateCheck(listId, branchId);

  if (check.isPending) {
    return (
      <PublicPage>
        <Skeleton active paragraph={{ rows: 6 }} />
      </PublicPage>
    );
  }
  if (check.isError) {
    return (
      <PublicPage>
        {notFound(check.error) ? (
          <Result
            status="error"
            title={t('publicPages.certificateMissing')}
            subTitle={t('publicPages.certificateMissingHint')}
            data-testid="certificate-invalid"
          />
        ) : (
          <ErrorState title={t('publicPages.loadFailed')} error={check.error} onRetry={() => void check.refetch()} />
        )}
      </PublicPage>
    );
  }
  const c = check.data;
  return (
    <PublicPage>
      <Typography.Title level={1} style={{ fontSize: '1.4em' }}>
        {t('publicPages.certificateTitle', { branch: c.branchName })}
      </Typography.Title>
      {c.inForce ? (
        <Alert type="success" showIcon title={t('publicPages.valid')} data-testid="certificate-valid" />
      ) : (
        <Alert
          type="warning"
          showIcon
          title={t('publicPages.superseded')}
          data-testid="certificate-superseded"
          description={
            c.supersededByListId != null && <Link to={paths.publicList.href(c.supersededByListId)}>{t('publicPages.seeCorrection')}</Link>
          }
        />
      )}
      <Descriptions column={1} size="small" style={{ margin: '12px 0' }}>
        <Descriptions.Item label={t('publicPages.branch')}>{c.branchName}</Descriptions.Item>
        <Descriptions.Item label={t('publicPages.campaign')}>{c.campaignTitle}</Descriptions.Item>
        <Descriptions.Item label={t('publicPages.resolution')}>
          {c.resolutionNumber}
          {c.resolutionDate ? `（${chineseDate(c.resolutionDate)}）` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('publicPages.issuer')}>{c.issuer}</Descriptions.Item>
      </Descriptions>
      {c.inForce && c.resolutionNumber && c.resolutionDate && (
        <>
          <CertificateImage
            text={{
              branchName: c.branchName,
              campaignTitle: c.campaignTitle,
              issuer: c.issuer,
              resolutionNumber: c.resolutionNumber,
              resolutionDate: c.resolutionDate,
              verifyUrl: `${window.location.origin}${paths.certificate.href(listId, branchId)}`,
            }}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('publicPages.saveHint')}
          </Typography.Paragraph>
        </>
      )}
      <Link to={paths.publicList.href(listId)}>{t('publicPages.seeList')}</Link>
    </PublicPage>
  );
}
