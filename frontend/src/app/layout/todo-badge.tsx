import { CheckSquareOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useBranchHome } from '@/app/use-branch-home';
import { useMyTodos } from '@/features/me/api/get-my-todos';
import { paths } from '@/config/paths';
import { HeaderCount } from './header-count';

/**
 * The header's to-do count (待办), linking to the home where the list is. A branch account's list comes with its home
 * (no request of its own); everyone else's is asked for once a minute at most.
 */
export function TodoBadge({ branch }: { branch: boolean }) {
  const { t } = useTranslation();
  const home = useBranchHome(branch);
  const todos = useMyTodos(!branch || !home.isPending);
  const total = todos.data?.total ?? 0;
  if (total === 0) return null;
  return (
    <HeaderCount
      to={paths.home.href()}
      label={t('todos.badge', { count: total })}
      count={total}
      icon={<CheckSquareOutlined style={{ fontSize: 18 }} />}
      testId="todo-badge"
    />
  );
}
