import { CheckCircleOutlined, ClockCircleOutlined, EnvironmentOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { DeliverableType } from '../api/get-deliverable-types';
import type { Phase } from '../api/get-phases';
import { formatDate, phaseState, type PhaseState } from './format';
import { MarkdownText } from '@/components/markdown-text';
import { Button, Card, Empty } from '@/components/plain';
import { StatusTag, type Tone } from '@/components/status-tag';

const STATE_TONE: Record<PhaseState, Tone> = { current: 'info', done: 'ok', upcoming: 'off' };

function StateTag({ state }: { state: PhaseState }) {
  const { t } = useTranslation();
  const icon = state === 'current' ? <EnvironmentOutlined /> : state === 'done' ? <CheckCircleOutlined /> : <ClockCircleOutlined />;
  return (
    <StatusTag tone={STATE_TONE[state]} icon={icon}>
      {t(`campaigns.phase.${state}`)}
    </StatusTag>
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
    <ol className="cx-plain-list" style={{ gap: 12 }} aria-label={t('campaigns.tabs.phases')}>
      {phases.map((phase) => {
        const state = phaseState(phase, today);
        const due = (types ?? []).filter((d) => d.phaseId === phase.id);
        return (
          <li key={phase.id} aria-current={state === 'current' ? 'step' : undefined} data-testid={`phase-${phase.code}`}>
            <Card
              small
              tone={state === 'current' ? 'current' : undefined}
              title={
                <span className="cx-row">
                  <span>
                    {phase.seq}. {phase.name}
                  </span>
                  <StateTag state={state} />
                </span>
              }
              extra={
                (onEdit || onDelete) && (
                  <span className="cx-row">
                    {onEdit && (
                      <Button onClick={() => onEdit(phase)} label={`${t('campaigns.phase.edit')} ${phase.name}`}>
                        {t('campaigns.phase.edit')}
                      </Button>
                    )}
                    {onDelete && (
                      <Button danger onClick={() => onDelete(phase)} label={`${t('common.delete')} ${phase.name}`}>
                        {t('common.delete')}
                      </Button>
                    )}
                  </span>
                )
              }
            >
              <strong>{t('campaigns.phase.range', { from: formatDate(phase.startsOn), to: formatDate(phase.endsOn) })}</strong>
              {phase.description && (
                <div style={{ marginTop: 4 }}>
                  <MarkdownText text={phase.description} />
                </div>
              )}
              {types && (
                <div style={{ marginTop: 8 }}>
                  <span className="cx-muted">{t('campaigns.phase.due')}</span>
                  {due.length === 0 ? (
                    <p style={{ margin: 0 }}>{t('campaigns.phase.nothingDue')}</p>
                  ) : (
                    <ul style={{ paddingLeft: 20, margin: '4px 0 0' }}>
                      {due.map((d) => (
                        <li key={d.id}>
                          <span className="cx-row" style={{ gap: 4 }}>
                            <span>{d.name}</span>
                            <StatusTag tone={d.required ? 'bad' : 'off'}>
                              {d.required ? t('campaigns.type.required') : t('campaigns.type.optional')}
                            </StatusTag>
                            <span>{t('campaigns.phase.deadline', { date: formatDate(phase.endsOn) })}</span>
                          </span>
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
    </ol>
  );
}
