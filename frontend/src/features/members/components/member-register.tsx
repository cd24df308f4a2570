import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Input, Segmented, Skeleton, Space, Table, Typography, type TableProps } from 'antd';
import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { PhonePager } from '@/components/phone-pager';
import { StatusTag } from '@/components/status-tag';
import { useConfirmDelete } from '@/hooks/use-confirm-delete';
import { useIsPhone } from '@/hooks/use-is-phone';
import { formatDate } from '@/lib/format';
import { ApiError, fieldMessage, problemMessage } from '@/lib/problem';
import { useDeleteMember } from '../api/delete-member';
import { useMembers, type Member, type MemberQuery } from '../api/get-members';
import { useImportMembers, type MemberImport } from '../api/import-members';
import { MemberFormDrawer } from './member-form-drawer';

const PAGE_SIZE = 20;
type Show = 'current' | 'left' | 'all';
const CURRENT: Record<Show, boolean | undefined> = { current: true, left: false, all: undefined };
const SORTABLE = ['name', 'role', 'joinedOn'] as const;

/** What an import said: how many came in, or every row to fix. */
function ImportOutcome({ outcome, onClose }: { outcome: MemberImport | unknown; onClose: () => void }) {
  const { t } = useTranslation();
  if (outcome && typeof outcome === 'object' && 'added' in outcome) {
    const done = outcome as MemberImport;
    return (
      <Alert
        type="success"
        showIcon
        role="status"
        title={t('members.imported', { added: done.added, skipped: done.skipped })}
        closable={{ 'aria-label': t('common.close') }}
        onClose={onClose}
        data-testid="import-outcome"
      />
    );
  }
  const errors = outcome instanceof ApiError ? (outcome.problem.fieldErrors ?? []) : [];
  const label = (field: string) => t(`members.${field}`, { defaultValue: field });
  const lines = errors.map((e) => {
    const row = /^rows\[(\d+)\]\.(\w+)$/.exec(e.field);
    return row
      ? t('members.rowError', { row: row[1], field: label(row[2] ?? ''), message: fieldMessage(e, t) })
      : t('members.fileError', { message: fieldMessage(e, t) });
  });
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={lines.length > 0 ? t('members.importRefused', { count: lines.length }) : problemMessage(outcome, t)}
      description={
        lines.length > 0 && (
          <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="import-errors">
            {lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        )
      }
      closable={{ 'aria-label': t('common.close') }}
      onClose={onClose}
      data-testid="import-outcome"
    />
  );
}

/**
 * A branch's member register (成员名册): search, who belongs now or left, add and change one at a time, or import a
 * spreadsheet. Leadership reads it (names masked by the API) and changes nothing.
 */
export function MemberRegister({ branchId, canEdit }: { branchId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  const [q, setQ] = useState('');
  const [show, setShow] = useState<Show>('current');
  const [page, setPage] = useState(1);
  const [sort, setSort] = useState<string>('name');
  const [editing, setEditing] = useState<Member | 'new' | null>(null);
  const [outcome, setOutcome] = useState<unknown>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const query: MemberQuery = { q: q.trim() || undefined, current: CURRENT[show], page, size: PAGE_SIZE, sort };
  const members = useMembers(branchId, query);
  const all = useMembers(branchId, { size: 1 });
  const current = useMembers(branchId, { size: 1, current: true });
  const importing = useImportMembers(branchId);
  const remove = useDeleteMember(branchId);
  const { confirmDelete, alert } = useConfirmDelete();

  const onFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setOutcome(null);
    importing.mutate(file, { onSuccess: setOutcome, onError: setOutcome });
  };
  const askRemove = (m: Member) =>
    confirmDelete({
      title: t('members.removeTitle', { name: m.name }),
      content: t('members.removeHint'),
      run: () => remove.mutateAsync({ id: m.id, version: m.version }),
      done: t('members.removed'),
    });
  const actions = (m: Member) =>
    canEdit && (
      <Space size={0}>
        <Button type="link" onClick={() => setEditing(m)} aria-label={`${t('members.edit')} ${m.name}`}>
          {t('members.edit')}
        </Button>
        <Button type="link" danger onClick={() => askRemove(m)} aria-label={`${t('members.remove')} ${m.name}`}>
          {t('members.remove')}
        </Button>
      </Space>
    );
  const status = (m: Member) =>
    m.current ? (
      <StatusTag tone="ok">{t('members.current')}</StatusTag>
    ) : (
      <StatusTag tone="off">{t('members.left', { date: formatDate(m.leftOn) })}</StatusTag>
    );

  const columns: TableProps<Member>['columns'] = [
    { key: 'name', dataIndex: 'name', title: t('members.name'), sorter: true },
    { key: 'role', title: t('members.role'), sorter: true, render: (_, m) => t(`members.roles.${m.role}`) },
    { key: 'joinedOn', title: t('members.joinedOn'), sorter: true, render: (_, m) => (m.joinedOn ? formatDate(m.joinedOn) : '—') },
    { key: 'status', title: t('members.status'), render: (_, m) => status(m) },
  ];
  if (canEdit) columns.push({ key: 'actions', title: t('members.actions'), render: (_, m) => actions(m) });
  const onTable: TableProps<Member>['onChange'] = (pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = SORTABLE.find((k) => k === one?.columnKey);
    setSort(key && one?.order ? `${one.order === 'descend' ? '-' : ''}${key}` : 'name');
    setPage(pagination.current ?? 1);
  };

  let body;
  if (members.isPending) body = <Skeleton active />;
  else if (members.isError)
    body = <ErrorState title={t('members.loadFailed')} error={members.error} onRetry={() => void members.refetch()} />;
  else if (members.data.total === 0) body = <Empty description={all.data?.total === 0 ? t('members.empty') : t('members.noMatch')} />;
  else if (phone)
    body = (
      <>
        <Flex vertical gap={8} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {members.data.items.map((m) => (
            <li key={m.id} data-testid="member">
              <Card size="small">
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <Flex vertical gap={2}>
                    <Typography.Text strong>{m.name}</Typography.Text>
                    <Typography.Text type="secondary">
                      {t(`members.roles.${m.role}`)}
                      {m.joinedOn && ` · ${t('members.joined', { date: formatDate(m.joinedOn) })}`}
                    </Typography.Text>
                    <span>{status(m)}</span>
                  </Flex>
                  {actions(m)}
                </Flex>
              </Card>
            </li>
          ))}
        </Flex>
        <PhonePager page={page} pageSize={PAGE_SIZE} total={members.data.total} onChange={setPage} hideOnSinglePage />
      </>
    );
  else
    body = (
      <Table<Member>
        rowKey="id"
        columns={columns}
        dataSource={members.data.items}
        loading={members.isFetching}
        onChange={onTable}
        onRow={() => ({ 'data-testid': 'member' }) as React.HTMLAttributes<HTMLElement>}
        pagination={{ current: page, pageSize: PAGE_SIZE, total: members.data.total, showSizeChanger: false }}
        scroll={{ x: 'max-content' }}
      />
    );

  return (
    <section aria-labelledby="members-title">
      <Typography.Title level={1} id="members-title" style={{ fontSize: '1.5em', margin: 0 }}>
        {t('members.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('members.intro')}</Typography.Paragraph>
      {all.data && current.data && (
        <Typography.Paragraph data-testid="member-total">
          {t('members.total', { current: current.data.total, total: all.data.total })}
        </Typography.Paragraph>
      )}
      {canEdit && (
        <Flex gap={8} wrap style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
            {t('members.add')}
          </Button>
          <Button icon={<UploadOutlined aria-hidden />} loading={importing.isPending} onClick={() => fileInput.current?.click()}>
            {importing.isPending ? t('members.importing') : t('members.import')}
          </Button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            hidden
            onChange={onFile}
            data-testid="member-import-file"
          />
        </Flex>
      )}
      {canEdit && <Typography.Paragraph type="secondary">{t('members.importHint')}</Typography.Paragraph>}
      {outcome != null && (
        <div style={{ marginBottom: 12 }}>
          <ImportOutcome outcome={outcome} onClose={() => setOutcome(null)} />
        </div>
      )}
      {alert}
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('members.search')}
          aria-label={t('members.search')}
          maxLength={50}
          onSearch={(v) => {
            setQ(v);
            setPage(1);
          }}
          style={{ maxWidth: 280 }}
        />
        <Segmented<Show>
          value={show}
          onChange={(v) => {
            setShow(v);
            setPage(1);
          }}
          options={[
            { value: 'current', label: t('members.onlyCurrent') },
            { value: 'left', label: t('members.onlyLeft') },
            { value: 'all', label: t('members.everyone') },
          ]}
        />
      </Flex>
      {body}
      {editing && (
        <MemberFormDrawer branchId={branchId} member={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />
      )}
    </section>
  );
}
