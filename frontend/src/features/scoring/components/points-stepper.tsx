import { MinusOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, InputNumber, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { STEP, stepPoints } from './score-rules';

type Props = {
  /** Given by Form.Item: the label points at the number field. */
  id?: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
  max: number;
  /** The indicator, to name the minus and plus buttons. */
  name?: string;
  disabled?: boolean;
};

/**
 * Points of one indicator, 0..max in steps of 0.5: typed, or tapped with minus and plus (each a full finger wide).
 * The number field keeps the arrow keys; the buttons stay out of the tab order so a long sheet is not twice as long
 * to tab through.
 */
export function PointsStepper({ id, value, onChange, max, name, disabled }: Props) {
  const { t } = useTranslation();
  const points = value ?? null;
  const step = (direction: 1 | -1) => onChange?.(stepPoints(points, direction, max));
  return (
    <Space.Compact className="cx-stepper">
      <Button
        icon={<MinusOutlined />}
        aria-label={t('scoring.stepDown', { name: name ?? '', step: STEP })}
        tabIndex={-1}
        disabled={disabled || points === null || points <= 0}
        onClick={() => step(-1)}
      />
      <InputNumber<number>
        id={id}
        value={points}
        onChange={(v) => onChange?.(v)}
        min={0}
        max={max}
        step={STEP}
        inputMode="decimal"
        controls={false}
        disabled={disabled}
      />
      <Button
        icon={<PlusOutlined />}
        aria-label={t('scoring.stepUp', { name: name ?? '', step: STEP })}
        tabIndex={-1}
        disabled={disabled || (points !== null && points >= max)}
        onClick={() => step(1)}
      />
    </Space.Compact>
  );
}
