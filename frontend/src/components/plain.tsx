import { InboxOutlined, InfoCircleFilled, WarningFilled } from '@ant-design/icons';
import type { CSSProperties, ReactNode } from 'react';
import { Link } from 'react-router';
import './plain.css';

/*
 * The parts a first screen is drawn with: plain elements styled like the rest of the product (the same colours,
 * radii, control heights and large-text sizes as the Ant Design theme), so that a phone's first screen (the shell,
 * a branch chair's home) needs none of Ant Design's code. Screens that edit, filter or page use Ant Design (ADR 022).
 */

type Common = { className?: string; style?: CSSProperties; testId?: string };

const cx = (...names: (string | false | undefined)[]) => names.filter(Boolean).join(' ');

/** A card: an optional head (a title and something at its end), a body, an optional foot. */
export function Card({
  title,
  extra,
  footer,
  small,
  tone,
  children,
  className,
  style,
  testId,
}: Common & {
  title?: ReactNode;
  extra?: ReactNode;
  footer?: ReactNode;
  small?: boolean;
  tone?: 'returned' | 'current';
  children?: ReactNode;
}) {
  return (
    <div className={cx('cx-card', small && 'cx-card-small', tone && `cx-card-${tone}`, className)} style={style} data-testid={testId}>
      {(title || extra) && (
        <div className="cx-card-head">
          <div className="cx-card-title">{title}</div>
          {extra && <div className="cx-card-extra">{extra}</div>}
        </div>
      )}
      <div className="cx-card-body">{children}</div>
      {footer && <div className="cx-card-foot">{footer}</div>}
    </div>
  );
}

/** A short label; colours come from `style` (dark text on a pale ground) or the neutral default. */
export function Tag({ icon, children, style }: { icon?: ReactNode; children: ReactNode; style?: CSSProperties }) {
  return (
    <span className="cx-tag" style={style}>
      {icon && <span aria-hidden>{icon}</span>}
      {children}
    </span>
  );
}

type ButtonLook = { primary?: boolean; link?: boolean; danger?: boolean; block?: boolean };

const buttonClass = ({ primary, link, danger, block }: ButtonLook, className?: string) =>
  cx('cx-btn', primary && 'cx-btn-primary', link && 'cx-btn-link', danger && 'cx-btn-danger', block && 'cx-btn-block', className);

/** A button; `loading` disables it and says so. */
export function Button({
  onClick,
  loading,
  disabled,
  children,
  label,
  type = 'button',
  className,
  style,
  testId,
  ...look
}: Common &
  ButtonLook & {
    onClick?: () => void;
    loading?: boolean;
    disabled?: boolean;
    children: ReactNode;
    label?: string;
    type?: 'button' | 'submit';
  }) {
  return (
    <button
      type={type}
      className={buttonClass(look, className)}
      style={style}
      onClick={onClick}
      disabled={disabled || loading}
      aria-busy={loading || undefined}
      aria-label={label}
      data-testid={testId}
    >
      {loading && <span className="cx-spinner cx-spinner-small" aria-hidden />}
      {children}
    </button>
  );
}

/** A way to another page that looks like a button. */
export function ButtonLink({ to, children, className, style, testId, ...look }: Common & ButtonLook & { to: string; children: ReactNode }) {
  return (
    <Link to={to} className={buttonClass(look, className)} style={style} data-testid={testId}>
      {children}
    </Link>
  );
}

/** Grey bars where text will be, while it loads. */
export function Skeleton({ rows = 3, testId }: { rows?: number; testId?: string }) {
  return (
    <div className="cx-skeleton" aria-hidden data-testid={testId}>
      <div className="cx-skeleton-title" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="cx-skeleton-row" style={i === rows - 1 ? { width: '61%' } : undefined} />
      ))}
    </div>
  );
}

/** Nothing to show, said in words. */
export function Empty({ description }: { description: ReactNode }) {
  return (
    <div className="cx-empty" role="note">
      <InboxOutlined className="cx-empty-image" aria-hidden />
      <div>{description}</div>
    </div>
  );
}

/** A line that needs attention (a warning, an offline notice). */
export function Notice({
  tone = 'warning',
  icon,
  children,
  role,
}: {
  tone?: 'warning' | 'info' | 'error';
  icon?: ReactNode;
  children: ReactNode;
  role?: 'status' | 'alert';
}) {
  return (
    <div className={`cx-notice cx-notice-${tone}`} role={role}>
      {icon && <span aria-hidden>{icon}</span>}
      <div>{children}</div>
    </div>
  );
}

/** A count on the corner of what it counts; nothing when it is zero. */
export function Badge({
  count,
  title,
  children,
  testId,
  overflow = 99,
}: {
  count: number;
  title?: string;
  children?: ReactNode;
  testId?: string;
  overflow?: number;
}) {
  const shown = count > overflow ? `${overflow}+` : String(count);
  if (!children)
    return count > 0 ? (
      <sup className="cx-badge-count cx-badge-inline" title={title}>
        {shown}
      </sup>
    ) : null;
  return (
    <span className="cx-badge" data-testid={testId} title={title}>
      {children}
      {count > 0 && <sup className="cx-badge-count">{shown}</sup>}
    </span>
  );
}

/** A turning circle, for a part that is on its way. */
export function Spinner({ label }: { label?: string }) {
  return (
    <span className="cx-spin">
      <span className="cx-spinner" aria-hidden />
      {label && <span className="cx-spin-label">{label}</span>}
    </span>
  );
}

/** The outcome of a whole part (a load that failed, a page that is gone): an icon, a title, what to know, what to do. */
export function Result({
  tone,
  title,
  detail,
  action,
}: {
  tone: 'info' | 'warning';
  title: ReactNode;
  detail?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className={`cx-result cx-result-${tone}`}>
      {tone === 'info' ? (
        <InfoCircleFilled className="cx-result-icon" aria-hidden />
      ) : (
        <WarningFilled className="cx-result-icon" aria-hidden />
      )}
      <div className="cx-result-title">{title}</div>
      {detail && <div className="cx-result-detail">{detail}</div>}
      {action && <div className="cx-result-action">{action}</div>}
    </div>
  );
}
