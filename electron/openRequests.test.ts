import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../shared/ipc';
import { err, ok } from '../shared/model/result';
import { createOpenRequests, scenarioPathsIn, type OpenRequestDeps } from './openRequests';

describe('scenarioPathsIn', () => {
  it.each([
    [['/opt/OrgSim/orgsim'], '/home/a', []],
    [['/opt/OrgSim/orgsim', 'plan.orgsim.json'], '/home/a', ['/home/a/plan.orgsim.json']],
    [['/opt/OrgSim/orgsim', '--no-sandbox', '/data/b.orgsim.json', 'notes.txt'], '/home/a', ['/data/b.orgsim.json']],
    [['electron', '.', 'x.JSON'], '/w', ['/w/x.JSON']],
    [['electron', '--inspect=x.json'], '/w', []],
  ])('%j in %s → %j', (argv, cwd, expected) => expect(scenarioPathsIn(argv, cwd)).toEqual(expected));
});

function setup(
  page: { loading: boolean } | undefined,
  read: OpenRequestDeps['read'] = vi.fn(async (path: string) => ok({ handle: `h:${path}` as never, name: 'p', text: '{}' })),
) {
  const send = vi.fn();
  const remember = vi.fn(async () => undefined);
  const forget = vi.fn(async () => undefined);
  const requests = createOpenRequests({ read, remember, forget, target: () => (page ? { isLoading: () => page.loading, send } : undefined) }, [
    '/first.orgsim.json',
  ]);
  return { requests, send, remember, forget, read };
}

describe('createOpenRequests', () => {
  it('hands a valid file to a loaded page and puts it in Open Recent', async () => {
    const { requests, send, remember } = setup({ loading: false });
    await requests.open('/a.orgsim.json');
    expect(send).toHaveBeenCalledWith(IPC.openRequest, { ok: true, value: { handle: 'h:/a.orgsim.json', name: 'p', text: '{}' } });
    expect(remember).toHaveBeenCalledWith('/a.orgsim.json');
  });

  it('waits for the page to load, then opens in order (the command line first)', async () => {
    const page = { loading: true };
    const { requests, send } = setup(page);
    await requests.open('/a.orgsim.json');
    expect(send).not.toHaveBeenCalled();
    expect(requests.pending()).toEqual(['/first.orgsim.json', '/a.orgsim.json']);
    page.loading = false;
    await requests.flush();
    expect(send.mock.calls.map((c) => c[1].value.handle)).toEqual(['h:/first.orgsim.json', 'h:/a.orgsim.json']);
    expect(requests.pending()).toEqual([]);
  });

  it('forgets a recent file that no longer opens, and still tells the renderer why', async () => {
    const failure = err({ code: 'io' as const, path: '/gone.orgsim.json', message: 'ENOENT' });
    const { requests, send, forget, remember } = setup(
      { loading: false },
      vi.fn(async () => failure),
    );
    await requests.open('/gone.orgsim.json');
    expect(forget).toHaveBeenCalledWith('/gone.orgsim.json');
    expect(remember).not.toHaveBeenCalled();
    expect(send).toHaveBeenCalledWith(IPC.openRequest, failure);
  });

  it('keeps requests while there is no window', async () => {
    const { requests, read } = setup(undefined);
    await requests.open('/a.orgsim.json');
    expect(read).not.toHaveBeenCalled();
    expect(requests.pending()).toEqual(['/first.orgsim.json', '/a.orgsim.json']);
  });
});
