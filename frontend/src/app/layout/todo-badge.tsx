import { CheckSquareOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useBranchHome } from '@/app/use-branch-home';
import { useMyTodos } from '@/features/me/api/get-my-todos';
import { paths } from '@/config/paths';

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
  const label = t('todos.badge', { count: total });
  return (
    <Link to={paths.home.href()} aria-label={label} title={label} className="cx-header-button" data-testid="todo-badge">
      <Badge count={total} size="small" overflowCount={99}>
        <CheckSquareOutlined style={{ fontSize: 18 }} />
      </Badge>
    </Link>
  );
}
