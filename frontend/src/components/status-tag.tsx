import type { ReactNode } from 'react';
import { Tag } from './plain';

const TONES = {
  ok: { color: '#1d5c08', background: '#eef8e8', borderColor: '#9fcf86' },
  off: { color: '#3d4650', background: '#eef0f3', borderColor: '#b8bec6' },
  info: { color: '#0b4a8f', background: '#e8f1fc', borderColor: '#8fb8e8' },
  warn: { color: '#6b4200', background: '#fff6e0', borderColor: '#e8c173' },
  bad: { color: '#8a1414', background: '#fdecec', borderColor: '#eba3a3' },
} as const;

export type Tone = keyof typeof TONES;

/** A status in words with an icon, never by colour alone; the dark text keeps 4.5:1 contrast. */
export function StatusTag({ tone, icon, children }: { tone: Tone; icon?: ReactNode; children: ReactNode }) {
  return (
    <Tag icon={icon} style={TONES[tone]}>
      {children}
    </Tag>
  );
}
