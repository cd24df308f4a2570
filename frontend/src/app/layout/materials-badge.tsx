import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBranchHome } from '@/app/use-branch-home';
import { Badge } from '@/components/plain';
import { paths } from '@/config/paths';
import { useMyTodos } from '@/features/me/api/get-my-todos';
import { todoCountAt } from '@/features/me/components/todo-rules';

/**
 * How many deliverables need the branch now (due, overdue and returned), on the materials tab: the server's to-do
 * list counts them (deadline extensions included), and it comes with the branch's home, so the badge asks nothing.
 */
export function MaterialsBadge({ children, inline }: { children?: ReactNode; inline?: boolean }) {
  const { t } = useTranslation();
  const home = useBranchHome();
  const todos = useMyTodos(!home.isPending);
  const count = todoCountAt(todos.data?.items ?? [], paths.materials.href());
  const label = count > 0 ? t('deliverables.due.badge', { count }) : undefined;
  if (inline) return <Badge count={count} title={label} />;
  return (
    <Badge count={count} title={label} testId="materials-badge">
      {children}
    </Badge>
  );
}
