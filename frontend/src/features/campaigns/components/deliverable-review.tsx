import { Alert, Button, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/lib/problem';
import { useAcceptDeliverable } from '../api/accept-deliverable';
import type { Deliverable } from '../api/get-deliverables';
import { useReturnDeliverable } from '../api/return-deliverable';
import { useApp } from '@/components/antd-scope';

type Values = { reason: string; fixItems: string };

/** The committee's decision on a submitted deliverable: accept, or return with a reason and a fix list. */
export function DeliverableReview({ campaignId, deliverable }: { campaignId: number; deliverable: Deliverable }) {
  const { t } = useTranslation();
  const { message, modal } = useApp();
  const accept = useAcceptDeliverable(campaignId, deliverable.id);
  const sendBack = useReturnDeliverable(campaignId, deliverable.id);
  const [form] = Form.useForm<Values>();
  const [returning, setReturning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const version = deliverable.version;

  const run = async (write: () => Promise<unknown>, done: string) => {
    setProblem(null);
    try {
      await write();
      void message.success(done);
      setReturning(false);
    } catch (error) {
      setProblem(problemMessage(error, t));
    }
  };

  return (
    <section aria-label={t('deliverables.review')}>
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ marginBottom: 12 }} />}
      {!returning ? (
        <Flex gap={8} wrap>
          <Button
            type="primary"
            onClick={() =>
              modal.confirm({
                title: t('deliverables.accept'),
                content: t('deliverables.acceptConfirm', { title: deliverable.title }),
                okText: t('common.confirm'),
                cancelText: t('common.cancel'),
                onOk: () => run(() => accept.mutateAsync(version), t('deliverables.accepted')),
              })
            }
          >
            {t('deliverables.accept')}
          </Button>
          <Button danger onClick={() => setReturning(true)}>
            {t('deliverables.return')}
          </Button>
        </Flex>
      ) : (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) =>
            void run(
              () =>
                sendBack.mutateAsync({
                  version,
                  reason: v.reason.trim(),
                  fixItems: v.fixItems
                    .split('\n')
                    .map((s) => s.trim())
                    .filter(Boolean),
                }),
              t('deliverables.returned'),
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('deliverables.returnReason')}
            rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
          </Form.Item>
          <Form.Item
            name="fixItems"
            label={t('deliverables.fixItems')}
            extra={t('deliverables.fixItemsHint')}
            rules={[{ required: true, whitespace: true, message: t('errors.validation.required') }]}
          >
            <Input.TextArea autoSize={{ minRows: 3 }} />
          </Form.Item>
          <Flex gap={8}>
            <Button onClick={() => setReturning(false)}>{t('common.cancel')}</Button>
            <Button type="primary" danger htmlType="submit" loading={sendBack.isPending}>
              {t('deliverables.returnSend')}
            </Button>
          </Flex>
        </Form>
      )}
    </section>
  );
}
