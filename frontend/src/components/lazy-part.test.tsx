import { render, screen } from '@testing-library/react';
import { lazyPart } from './lazy-part';

function Hello({ name }: { name: string }) {
  return <p>你好，{name}</p>;
}

test('a part whose code cannot be fetched shows its failure, and fetches again on the next attempt', async () => {
  const load = vi
    .fn<() => Promise<{ default: typeof Hello }>>()
    .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
    .mockResolvedValue({ default: Hello });
  const Part = lazyPart(load);
  // React reports the caught error on the console; the boundary is what is under test.
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});

  const view = render(<Part attempt={1} name="李明" fallback={<p>加载中</p>} failed={<p>网络已断开</p>} />);
  expect(screen.getByText('加载中')).toBeInTheDocument();
  await screen.findByText('网络已断开');
  expect(load).toHaveBeenCalledTimes(1);

  // The same attempt shown again does not fetch again.
  view.rerender(<Part attempt={1} name="李明" fallback={<p>加载中</p>} failed={<p>网络已断开</p>} />);
  expect(screen.getByText('网络已断开')).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(1);

  view.rerender(<Part attempt={2} name="李明" fallback={<p>加载中</p>} failed={<p>网络已断开</p>} />);
  await screen.findByText('你好，李明');
  expect(load).toHaveBeenCalledTimes(2);
  quiet.mockRestore();
});
