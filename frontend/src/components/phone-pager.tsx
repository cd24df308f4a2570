import { Flex, Pagination } from 'antd';

export type PhonePagerProps = {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** No pager when everything fits on one page. */
  hideOnSinglePage?: boolean;
};

/** The pages of a list shown as cards on a phone: the simple pager, centred under the cards. */
export function PhonePager({ page, pageSize, total, onChange, hideOnSinglePage }: PhonePagerProps) {
  return (
    <Flex justify="center" style={{ marginTop: 16 }}>
      <Pagination simple current={page} pageSize={pageSize} total={total} onChange={onChange} hideOnSinglePage={hideOnSinglePage} />
    </Flex>
  );
}
