import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DownloadButton } from '@/components/download-button';
import { paths } from '@/config/paths';
import { ErrorState } from '@/components/error-state';
import { useList } from '../api/get-list';
import { usePublishedListsOf } from '../api/get-lists';
import { formatDay, formatMoment } from './format';
import { certificatePath, ListEntries } from './list-entries';

type Hrefs = { back: string; list: (id: number) => string };

/** A published list as leaders and branches read it, on a phone first: the resolution, the branches, the files. */
export function PublishedList({
  id,
  ownBranchId,
  hrefs,
  commendedExtra,
}: {
  id: number;
  ownBranchId?: number | null;
  hrefs: Hrefs;
  /** What else a commended branch reads beside its certificate (how its recommendation up the chain was decided). */
  commendedExtra?: (campaignId: number) => React.ReactNode;
}) {
  const { t } = useTranslation();
  const query = useList(id);
  const siblings = usePublishedListsOf(query.data?.campaignId ?? 0, query.isSuccess);

  if (query.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (query.isError) return <ErrorState title={t('commendation.loadFailed')} error={query.error} onRetry={() => void query.refetch()} />;
  const list = query.data;
  const commended = ownBranchId != null && list.entries.some((e) => e.branchId === ownBranchId);
  const correctionPublished = list.correctedById != null && (siblings.data ?? []).some((l) => l.id === list.correctedById);

  return (
    <section aria-labelledby="published-title">
      <Link to={hrefs.back} style={{ display: 'inline-flex', alignItems: 'center', gap: 6, minHeight: 44 }}>
        <ArrowLeftOutlined aria-hidden /> {t('commendation.backToLists')}
      </Link>
      <Typography.Title level={1} id="published-title" style={{ fontSize: '1.5em', marginTop: 0 }}>
        {t('commendation.publishedTitle', { title: list.campaignTitle })}
      </Typography.Title>
      <Flex vertical gap={16}>
        {correctionPublished && (
          <Alert
            type="warning"
            showIcon
            title={t('commendation.correction.superseded')}
            action={<Link to={hrefs.list(list.correctedById ?? 0)}>{t('commendation.correction.viewCorrection')}</Link>}
          />
        )}
        {list.correctsId != null && (
          <Alert
            type="info"
            showIcon
            title={t('commendation.correction.corrects', { id: list.correctsId })}
            action={<Link to={hrefs.list(list.correctsId)}>{t('commendation.correction.viewCorrected')}</Link>}
          />
        )}
        <Card size="small">
          <Descriptions column={1} size="small">
            <Descriptions.Item label={t('commendation.approve.resolutionNumber')}>
              <strong data-testid="resolution-number">{list.resolutionNumber}</strong>
            </Descriptions.Item>
            <Descriptions.Item label={t('commendation.approve.resolutionDate')}>
              <span data-testid="resolution-date">{formatDay(list.resolutionDate)}</span>
            </Descriptions.Item>
            {list.publishedAt && (
              <Descriptions.Item label={t('commendation.col.publishedAt')}>{formatMoment(list.publishedAt)}</Descriptions.Item>
            )}
            {list.noticeStartsOn && (
              <Descriptions.Item label={t('commendation.notice.periodLabel')}>
                {t('commendation.notice.period', { from: formatDay(list.noticeStartsOn), to: formatDay(list.noticeEndsOn) })}
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
        <Flex vertical gap={8}>
          <DownloadButton path={`/api/v1/exports/commendation-lists/${list.id}.pdf`} block>
            {t('commendation.download.list')}
          </DownloadButton>
          {commended && (
            <DownloadButton path={certificatePath(list.id, ownBranchId)} type="primary" block>
              {t('commendation.download.ownCertificate')}
            </DownloadButton>
          )}
          {commended && (
            <Link to={paths.certificate.href(list.id, ownBranchId)} className="cx-block-link" data-testid="certificate-page-link">
              {t('commendation.certificatePage')}
            </Link>
          )}
          <Link to={paths.publicList.href(list.id)} className="cx-block-link">
            {t('commendation.publicPage')}
          </Link>
        </Flex>
        <Card
          size="small"
          title={<h2 style={{ fontSize: '1.1em', margin: 0 }}>{t('commendation.entriesTitle', { count: list.entries.length })}</h2>}
        >
          <ListEntries list={list} ownBranchId={ownBranchId} />
        </Card>
        {commended && commendedExtra?.(list.campaignId)}
      </Flex>
    </section>
  );
}
