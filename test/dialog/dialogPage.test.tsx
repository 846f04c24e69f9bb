import { fireEvent, screen } from '@testing-library/react';

describe('dialog.html', () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    document.body.innerHTML = '';
    window.history.replaceState(null, '', '/');
  });

  it('renders its query and sends "close" to the opener once Office is ready', async () => {
    const sent: string[] = [];
    let ready: (info: unknown) => void = () => undefined;
    (globalThis as { Office?: unknown }).Office = {
      onReady: () => new Promise((resolve) => (ready = resolve)),
      context: { ui: { messageParent: (message: string) => sent.push(message) } },
    };
    document.body.innerHTML = '<main id="root"></main>';
    window.history.replaceState(
      null,
      '',
      `/dialog.html?lang=en&kind=error&title=Insert%20template&lines=${encodeURIComponent('Excel is busy.')}`,
    );
    await jest.isolateModulesAsync(async () => {
      await import('../../src/dialog/dialog.js');
    });
    expect(screen.getByRole('alertdialog', { name: 'Insert template' })).toHaveTextContent('Excel is busy.');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await Promise.resolve();
    expect(sent).toEqual([]);
    ready({ host: 'Excel', platform: 'OfficeOnline' });
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    expect(sent).toEqual(['close']);
  });
});
