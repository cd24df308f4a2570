import {
  DownloadOutlined,
  FileExcelOutlined,
  FileImageOutlined,
  FileOutlined,
  FilePdfOutlined,
  FilePptOutlined,
  FileWordOutlined,
  PictureOutlined,
  ReloadOutlined,
} from '@ant-design/icons';
import { Button, Image, Skeleton, Typography } from 'antd';
import { useCallback, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { useBlobUrl } from '@/hooks/use-blob-url';
import { ApiError, problemMessage } from '@/lib/problem';
import { isPhoto, type Attachment } from '../api/attachments';
import { fetchAttachment } from '../api/get-attachment';
import { fetchThumbnail } from '../api/get-attachment-thumbnail';

const attachmentPath = (campaignId: number, deliverableId: number, id: number) =>
  `/api/v1/campaigns/${campaignId}/deliverables/${deliverableId}/attachments/${id}`;

/** 200 KB, 3.4 MB: at least 1 KB, so that a tiny file does not read as empty. */
export function fileSize(bytes: number | undefined): string {
  const kb = (bytes ?? 0) / 1024;
  if (kb < 1024) return `${Math.max(1, Math.round(kb))} KB`;
  return `${(kb / 1024).toFixed(1)} MB`;
}

function fileIcon(contentType: string | undefined): ReactNode {
  const type = contentType ?? '';
  if (type === 'application/pdf') return <FilePdfOutlined aria-hidden />;
  if (type.includes('word')) return <FileWordOutlined aria-hidden />;
  if (type.includes('excel') || type.includes('spreadsheet')) return <FileExcelOutlined aria-hidden />;
  if (type.includes('presentation') || type.includes('powerpoint')) return <FilePptOutlined aria-hidden />;
  if (type.startsWith('image/')) return <FileImageOutlined aria-hidden />;
  return <FileOutlined aria-hidden />;
}

type Ids = { campaignId: number; deliverableId: number };

/**
 * One photo: its thumbnail is fetched once the tile comes near the screen and shown from an object URL; tapping it
 * opens the full picture, fetched only then. A photo the server cannot shrink shows an icon; a failed load can be
 * tried again. The file itself downloads through a link, like any other.
 */
function PhotoTile({ campaignId, deliverableId, attachment }: Ids & { attachment: Attachment }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLDivElement>(null);
  const id = deliverableId;
  const attachmentId = attachment.id;
  const loadThumbnail = useCallback(
    (signal: AbortSignal) => fetchThumbnail({ campaignId, id, attachmentId }, signal),
    [campaignId, id, attachmentId],
  );
  const loadFull = useCallback(
    (signal: AbortSignal) => fetchAttachment({ campaignId, id, attachmentId }, signal),
    [campaignId, id, attachmentId],
  );
  const [thumbnail, retry] = useBlobUrl(loadThumbnail, frame);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [wantFull, setWantFull] = useState(false);
  const [full] = useBlobUrl(wantFull ? loadFull : null);
  const name = attachment.fileName;

  let picture: ReactNode;
  if (thumbnail.state === 'ready') {
    picture = (
      <Image
        src={thumbnail.url}
        alt={name}
        aria-label={t('deliverables.viewPhoto', { name })}
        data-testid="photo-thumbnail"
        preview={{
          open: previewOpen,
          src: full.state === 'ready' ? full.url : undefined,
          onOpenChange: (open) => {
            setPreviewOpen(open);
            if (open) setWantFull(true);
          },
        }}
      />
    );
  } else if (thumbnail.state === 'failed') {
    const noThumbnail = thumbnail.error instanceof ApiError && thumbnail.error.code === 'NO_THUMBNAIL';
    picture = (
      <div className="cx-photo-fallback" role="img" aria-label={name}>
        <PictureOutlined aria-hidden style={{ fontSize: 28 }} />
        <Typography.Text type="secondary">{noThumbnail ? t('deliverables.noPreview') : problemMessage(thumbnail.error, t)}</Typography.Text>
        {!noThumbnail && (
          <Button size="small" icon={<ReloadOutlined aria-hidden />} onClick={retry} style={{ minHeight: 44 }}>
            {t('common.retry')}
          </Button>
        )}
      </div>
    );
  } else {
    picture = <Skeleton.Image active className="cx-photo-skeleton" />;
  }

  return (
    <li className="cx-photo" data-testid="photo" data-state={thumbnail.state}>
      <div ref={frame} className="cx-photo-frame">
        {picture}
      </div>
      <DownloadButton
        type="link"
        icon={<DownloadOutlined aria-hidden />}
        aria-label={t('deliverables.download', { name })}
        path={attachmentPath(campaignId, deliverableId, attachment.id)}
      >
        {name}
      </DownloadButton>
      <Typography.Text type="secondary" className="cx-photo-size">
        {fileSize(attachment.sizeBytes)}
      </Typography.Text>
    </li>
  );
}

/**
 * A deliverable's files for everyone who may read it: photos as a grid of thumbnails (each opens in full), other
 * files as rows with their kind, name and size; each downloads.
 */
export function DeliverableAttachments({ campaignId, deliverableId, attachments }: Ids & { attachments: Attachment[] }) {
  const { t } = useTranslation();
  if (attachments.length === 0) return null;
  const photos = attachments.filter(isPhoto);
  const files = attachments.filter((a) => !isPhoto(a));
  return (
    <div style={{ marginTop: 12 }} data-testid="attachments">
      <Typography.Text strong>{t('deliverables.attachments')}</Typography.Text>
      {photos.length > 0 && (
        <ul className="cx-photo-grid" aria-label={t('deliverables.photos')}>
          {photos.map((a) => (
            <PhotoTile key={a.id} campaignId={campaignId} deliverableId={deliverableId} attachment={a} />
          ))}
        </ul>
      )}
      {files.length > 0 && (
        <ul className="cx-attachments" aria-label={t('deliverables.files')}>
          {files.map((a) => (
            <li key={a.id} data-testid="file">
              <DownloadButton type="link" icon={fileIcon(a.contentType)} path={attachmentPath(campaignId, deliverableId, a.id)}>
                {t('deliverables.download', { name: a.fileName })}
              </DownloadButton>
              <Typography.Text type="secondary">（{fileSize(a.sizeBytes)}）</Typography.Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
