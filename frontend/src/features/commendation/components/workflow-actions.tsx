import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { problemMessage } from '@/lib/problem';
import type { CommendationList } from '../api/keys';
import { usePublishList } from '../api/publish-list';
import { AdjustModal } from './adjust-modal';
import { ApproveModal } from './approve-modal';
import { formatDay } from './format';
import { approvalBlockers, isAdjustable, noticeWindow, type ApprovalBlocker } from './list-rules';
import { NoticeModal } from './notice-modal';
import { RecordObjectionModal } from './objection-modals';
import { useApp } from '@/components/antd-scope';

type Dialog = 'add' | 'notice' | 'objection' | 'approve' | null;

/** What staff can do next with the list, each action enabled only when the rules allow it, and why not in words. */
export function WorkflowActions({
  list,
  today,
  onProblem,
  onCorrect,
}: {
  list: CommendationList;
  today: string;
  onProblem: (message: string | null) => void;
  onCorrect?: () => void;
}) {
  const { t } = useTranslation();
  const { modal, message } = useApp();
  const publish = usePublishList(list.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const noticeState = noticeWindow(list, today);
  const blockers = approvalBlockers(list, today);
  const close = () => setDialog(null);

  const blockerText = (b: ApprovalBlocker) => {
    if (b.kind === 'objectionsOpen') return t('commendation.approve.objectionsOpen', { count: b.count });
    if (b.kind === 'noticeNotEnded')
      return t('commendation.approve.noticeNotEnded', { endsOn: formatDay(b.endsOn), approvableOn: formatDay(b.approvableOn) });
    return t('commendation.approve.notUnderNotice');
  };

  const confirmPublish = () =>
    modal.confirm({
      title: t('commendation.publish.title'),
      content: t('commendation.publish.confirm'),
      okText: t('commendation.publish.action'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        onProblem(null);
        try {
          await publish.mutateAsync(list.version);
          void message.success(t('commendation.publish.published'));
        } catch (error) {
          onProblem(problemMessage(error, t));
        }
      },
    });

  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap>
        {isAdjustable(list) && <Button onClick={() => setDialog('add')}>{t('commendation.adjust.add')}</Button>}
        {list.status === 'DRAFT' && (
          <Button type="primary" onClick={() => setDialog('notice')} disabled={list.entries.length === 0}>
            {t('commendation.notice.open')}
          </Button>
        )}
        {list.status === 'NOTICE' && (
          <Button
            onClick={() => setDialog('objection')}
            disabled={noticeState !== 'running'}
            aria-describedby={noticeState === 'running' ? undefined : 'objection-why'}
          >
            {t('commendation.objections.record')}
          </Button>
        )}
        {list.status === 'NOTICE' && (
          <Button
            type="primary"
            onClick={() => setDialog('approve')}
            disabled={blockers.length > 0}
            aria-describedby={blockers.length > 0 ? 'approve-why' : undefined}
          >
            {t('commendation.approve.action')}
          </Button>
        )}
        {list.status === 'APPROVED' && (
          <Button type="primary" onClick={confirmPublish} loading={publish.isPending}>
            {t('commendation.publish.action')}
          </Button>
        )}
        {onCorrect && <Button onClick={onCorrect}>{t('commendation.correction.action')}</Button>}
        <DownloadButton path={`/api/v1/exports/commendation-lists/${list.id}.pdf`}>{t('commendation.download.list')}</DownloadButton>
      </Flex>
      {list.status === 'NOTICE' && noticeState !== 'running' && noticeState !== 'none' && (
        <Typography.Text type="secondary" id="objection-why">
          {noticeState === 'before'
            ? t('commendation.objections.whyNot.before', { date: formatDay(list.noticeStartsOn) })
            : t('commendation.objections.whyNot.ended', { date: formatDay(list.noticeEndsOn) })}
        </Typography.Text>
      )}
      {list.status === 'NOTICE' && blockers.length > 0 && (
        <Typography.Text type="secondary" id="approve-why" data-testid="approve-why">
          {t('commendation.approve.whyNot')}
          {blockers.map(blockerText).join('；')}
        </Typography.Text>
      )}
      {dialog === 'add' && <AdjustModal list={list} onClose={close} />}
      {dialog === 'notice' && <NoticeModal list={list} onClose={close} />}
      {dialog === 'objection' && <RecordObjectionModal list={list} onClose={close} />}
      {dialog === 'approve' && <ApproveModal list={list} onClose={close} />}
    </Flex>
  );
}
