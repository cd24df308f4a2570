import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeedbackReport } from '../api/keys';
import { formatScore } from './format';
import { lines } from './list-rules';

function Points({ label, text }: { label: string; text: string | undefined }) {
  const { t } = useTranslation();
  const items = lines(text);
  return (
    <div style={{ marginTop: 8 }}>
      <Typography.Text strong>{label}</Typography.Text>
      {items.length === 0 ? (
        <div>
          <Typography.Text type="secondary">{t('feedback.none')}</Typography.Text>
        </div>
      ) : (
        <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {items.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** A released report's standards: the score, the strengths and the areas for improvement of each. */
export function FeedbackSections({ report }: { report: FeedbackReport }) {
  const { t } = useTranslation();
  return (
    <>
      {report.sections.map((s) => (
        <Card
          key={s.standardCode}
          size="small"
          title={<h2 style={{ fontSize: '1.05em', margin: 0 }}>{s.standardName}</h2>}
          extra={<Typography.Text strong>{t('feedback.score', { score: formatScore(s.score) })}</Typography.Text>}
        >
          <Points label={t('feedback.strengths')} text={s.strengths ?? undefined} />
          <Points label={t('feedback.improvements')} text={s.improvements ?? undefined} />
        </Card>
      ))}
    </>
  );
}
