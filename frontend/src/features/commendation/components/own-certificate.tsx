import { Flex } from 'antd';
import { Link } from 'react-router';
import { DownloadButton } from '@/components/download-button';
import { paths } from '@/config/paths';
import { useTranslation } from 'react-i18next';
import { useList } from '../api/get-list';
import { usePublishedListsOf } from '../api/get-lists';
import { certificatePath } from './list-entries';
import { listInForce } from './list-rules';

/** The branch's certificate, offered only when it is on the campaign's published list in force. */
export function OwnCertificate({ campaignId, branchId }: { campaignId: number; branchId: number }) {
  const { t } = useTranslation();
  const lists = usePublishedListsOf(campaignId);
  const inForce = listInForce(lists.data ?? []);
  const list = useList(inForce?.id ?? 0, Boolean(inForce));
  const commended = (list.data?.entries ?? []).some((e) => e.branchId === branchId);
  if (!inForce || !commended) return null;
  return (
    <Flex vertical gap={8}>
      <DownloadButton path={certificatePath(inForce.id, branchId)} type="primary" block>
        {t('commendation.download.ownCertificate')}
      </DownloadButton>
      <Link to={paths.certificate.href(inForce.id, branchId)} className="cx-block-link">
        {t('commendation.certificatePage')}
      </Link>
    </Flex>
  );
}
