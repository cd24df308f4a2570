import { CheckCircleOutlined, ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DeliverableType } from '../api/get-deliverable-types';
import type { Phase } from '../api/get-phases';
import { formatDate, phaseState, type PhaseState } from './format';
import { MarkdownText } from '@/components/markdown-text';

const STATE_LOOK: Record<PhaseState, { color: string; background: string; borderColor: string }> = {
  current: { color: '#0b4a8f', background: '#e8f1fc', borderColor: '#8fb8e8' },
  done: { color: '#1d5c08', background: '#eef8e8', borderColor: '#9fcf86' },
  upcoming: { color: '#3d4650', background: '#eef0f3', borderColor: '#b8bec6' },
};

function StateTag({ state }: { state: PhaseState }) {
  const { t } = useTranslation();
  const icon =
    state === 'current' ? (
      <EnvironmentOutlined aria-hidden />
    ) : state === 'done' ? (
      <CheckCircleOutlined aria-hidden />
    ) : (
      <ClockCircleOutlined aria-hidden />
    );
  return (
    <Tag icon={icon} style={STATE_LOOK[state]}>
      {t(`campaigns.phase.${state}`)}
    </Tag>
  );
}

type Props = {
  phases: Phase[];
  /** When given, each phase lists what is due in it, with its deadline (the phase's end). */
  types?: DeliverableType[];
  onEdit?: (phase: Phase) => void;
  onDelete?: (phase: Phase) => void;
  today?: string;
};

/** The campaign's phases in order, the current one marked in words and with a frame. */
export function PhaseTimeline({ phases, types, onEdit, onDelete, today = dayjs().format('YYYY-MM-DD') }: Props) {
  const { t } = useTranslation();
  if (phases.length === 0) return <Empty description={t('campaigns.phase.empty')} />;
  return (
    <Flex vertical gap={12} component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('campaigns.tabs.phases')}>
      {phases.map((phase) => {
        const state = phaseState(phase, today);
        const due = (types ?? []).filter((d) => d.phaseId === phase.id);
        return (
          <li key={phase.id} aria-current={state === 'current' ? 'step' : undefined} data-testid={`phase-${phase.code}`}>
            <Card
              size="small"
              style={state === 'current' ? { borderColor: '#0b4a8f', borderWidth: 2 } : undefined}
              title={
                <Flex wrap gap={8} align="center">
                  <span>
                    {phase.seq}. {phase.name}
                  </span>
                  <StateTag state={state} />
                </Flex>
              }
              extra={
                (onEdit || onDelete) && (
                  <Flex gap={8}>
                    {onEdit && (
                      <Button onClick={() => onEdit(phase)} aria-label={`${t('campaigns.phase.edit')} ${phase.name}`}>
                        {t('campaigns.phase.edit')}
                      </Button>
                    )}
                    {onDelete && (
                      <Button
                        danger
                        autoInsertSpace={false}
                        onClick={() => onDelete(phase)}
                        aria-label={`${t('common.delete')} ${phase.name}`}
                      >
                        {t('common.delete')}
                      </Button>
                    )}
                  </Flex>
                )
              }
            >
              <Typography.Text strong>
                {t('campaigns.phase.range', { from: formatDate(phase.startsOn), to: formatDate(phase.endsOn) })}
              </Typography.Text>
              {phase.description && (
                <div style={{ marginTop: 4 }}>
                  <MarkdownText text={phase.description} />
                </div>
              )}
              {types && (
                <div style={{ marginTop: 8 }}>
                  <Typography.Text type="secondary">{t('campaigns.phase.due')}</Typography.Text>
                  {due.length === 0 ? (
                    <Typography.Paragraph style={{ margin: 0 }}>{t('campaigns.phase.nothingDue')}</Typography.Paragraph>
                  ) : (
                    <ul style={{ paddingLeft: 20, margin: '4px 0 0' }}>
                      {due.map((d) => (
                        <li key={d.id}>
                          <Flex wrap gap={4} align="center">
                            <span>{d.name}</span>
                            <Tag style={d.required ? { color: '#8a1c1c', background: '#fdecec', borderColor: '#e8a5a5' } : undefined}>
                              {d.required ? t('campaigns.type.required') : t('campaigns.type.optional')}
                            </Tag>
                            <Typography.Text>{t('campaigns.phase.deadline', { date: formatDate(phase.endsOn) })}</Typography.Text>
                          </Flex>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
              )}
            </Card>
          </li>
        );
      })}
    </Flex>
  );
}
