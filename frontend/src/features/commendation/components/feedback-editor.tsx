import { Button, Card, Descriptions, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DownloadButton } from '@/components/download-button';
import { SaveProblemAlert } from '@/components/save-problem-alert';
import { useSaveForm } from '@/hooks/use-save-form';
import type { FeedbackReport } from '../api/keys';
import { useReleaseFeedback } from '../api/release-feedback';
import { useUpdateFeedback } from '../api/update-feedback';
import { formatScore } from './format';
import { FeedbackStatusTag } from './status-tags';
import { useApp } from '@/components/antd-scope';

type Values = { summary: string; sections: { standardCode: string; strengths: string; improvements: string }[] };

function valuesOf(report: FeedbackReport): Values {
  return {
    summary: report.summary ?? '',
    sections: report.sections.map((s) => ({
      standardCode: s.standardCode,
      strengths: s.strengths ?? '',
      improvements: s.improvements ?? '',
    })),
  };
}

/** Staff edit a drafted report per standard (the score stays as the results gave it), then release it to the branch. */
export function FeedbackEditor({ report }: { report: FeedbackReport }) {
  const { t } = useTranslation();
  const { message, modal } = useApp();
  const [form] = Form.useForm<Values>();
  const update = useUpdateFeedback();
  const release = useReleaseFeedback();
  const { save: saveForm, clear, alert } = useSaveForm(form);
  const id = report.id;

  const save = async (): Promise<FeedbackReport> => {
    const v = await form.validateFields();
    return update.mutateAsync({ id, body: { version: report.version, summary: v.summary, sections: v.sections } });
  };

  const onSave = () =>
    saveForm(async () => {
      await save(); // the page shows the saved version afresh (keyed by version)
      void message.success(t('feedback.saved'));
    });

  const onRelease = () =>
    modal.confirm({
      title: t('feedback.releaseTitle'),
      content: t('feedback.releaseConfirm', { name: report.branchName }),
      okText: t('feedback.release'),
      cancelText: t('common.cancel'),
      onOk: () =>
        saveForm(async () => {
          // Unsaved edits go with the release rather than being lost.
          const latest = form.isFieldsTouched() ? await save() : report;
          await release.mutateAsync({ id, version: latest.version });
          void message.success(t('feedback.released'));
        }),
    });

  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Descriptions column={{ xs: 1, sm: 2, md: 4 }} size="small">
          <Descriptions.Item label={t('feedback.total')}>{formatScore(report.total)}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.rank')}>{report.rank}</Descriptions.Item>
          <Descriptions.Item label={t('feedback.grade')}>{report.gradeName}</Descriptions.Item>
          <Descriptions.Item label={t('commendation.col.status')}>
            <FeedbackStatusTag status={report.status} />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <SaveProblemAlert {...alert} onClose={clear} style={{}} />
      <Form<Values> form={form} layout="vertical" initialValues={valuesOf(report)}>
        <Form.Item name="summary" label={t('feedback.summary')} rules={[{ max: 10000 }]}>
          <Input.TextArea autoSize={{ minRows: 3 }} />
        </Form.Item>
        <Form.List name="sections">
          {(fields) =>
            fields.map((field, i) => {
              const section = report.sections[i];
              return (
                <Card
                  key={field.key}
                  size="small"
                  style={{ marginBottom: 16 }}
                  title={<h2 style={{ fontSize: '1.05em', margin: 0 }}>{section?.standardName}</h2>}
                  extra={<Typography.Text strong>{t('feedback.score', { score: formatScore(section?.score) })}</Typography.Text>}
                >
                  <Form.Item name={[field.name, 'standardCode']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'strengths']}
                    label={`${section?.standardName ?? ''} · ${t('feedback.strengths')}`}
                    extra={t('feedback.linesHint')}
                  >
                    <Input.TextArea autoSize={{ minRows: 2 }} maxLength={10000} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'improvements']} label={`${section?.standardName ?? ''} · ${t('feedback.improvements')}`}>
                    <Input.TextArea autoSize={{ minRows: 2 }} maxLength={10000} />
                  </Form.Item>
                </Card>
              );
            })
          }
        </Form.List>
      </Form>
      <Flex gap={8} wrap>
        <Button onClick={() => void onSave()} loading={update.isPending}>
          {t('feedback.save')}
        </Button>
        <Button type="primary" onClick={onRelease} loading={release.isPending}>
          {t('feedback.release')}
        </Button>
        <DownloadButton path={`/api/v1/exports/feedback-reports/${id}.pdf`}>{t('feedback.download')}</DownloadButton>
      </Flex>
    </Flex>
  );
}
