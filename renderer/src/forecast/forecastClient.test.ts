// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forecastEmergence, moveUnit, sampleScenario, type Forecast, type Org, type Scenario } from '../../../shared';
import { generateOrg } from '../../../shared/sample/generateOrg';
import type { ForecastMessage, ForecastReply, ForecastRequest } from './forecastWorker';
import { applyOrgPatch } from './orgPatch';
import { toWire } from './wire';

/** Stands in for the module worker: records what it is sent, replies when told to. */
class FakeWorker {
  static all: FakeWorker[] = [];
  onmessage: ((e: { data: ForecastReply }) => void) | null = null;
  onerror: ((e: { preventDefault(): void }) => void) | null = null;
  readonly sent: ForecastRequest[] = [];
  terminated = false;
  constructor() {
    FakeWorker.all.push(this);
  }
  postMessage(request: ForecastRequest) {
    this.sent.push(request);
  }
  terminate() {
    this.terminated = true;
  }
  reply(reply: ForecastReply) {
    this.onmessage?.({ data: reply });
  }
  failToStart() {
    this.onerror?.({ preventDefault() {} });
  }
  get last(): ForecastRequest {
    return this.sent[this.sent.length - 1]!;
  }
}

const sample = sampleScenario();
const big: Org = generateOrg({ size: 1500, seed: 1, asOf: sample.org.asOf });
const bigScenario: Scenario = { ...sample, org: big };
// What the worker sends back doesn't matter to the bookkeeping: any forecast without steps.
const someForecast = (): ReturnType<typeof toWire> => toWire({ ...forecastEmergence(sample.org, sample.policy), steps: [], emergent: [] } as Forecast);

async function load() {
  vi.resetModules();
  FakeWorker.all = [];
  const { useStore } = await import('../store/store');
  const client = await import('./forecastClient');
  const selectors = await import('../store/selectors');
  client.startForecasting();
  return { useStore, client, selectors, worker: () => FakeWorker.all[FakeWorker.all.length - 1]! };
}

beforeEach(() => vi.stubGlobal('Worker', FakeWorker));
afterEach(() => vi.unstubAllGlobals());

describe('the forecast worker client', () => {
  it('computes a small org on this thread and never starts a worker', async () => {
    const { useStore, selectors } = await load();
    expect(useStore.getState().scenario.org).not.toBe(big);
    expect(FakeWorker.all).toHaveLength(0);
    expect(selectors.selectDisplay(useStore.getState())).toMatchObject({ forecastReady: true });
    expect(selectors.selectDisplay(useStore.getState()).ghosts.size).toBeGreaterThan(0);
  });

  it('asks the worker about a large org, shows it without ghosts meanwhile, then shows the reply', async () => {
    const { useStore, selectors, worker } = await load();
    useStore.getState().openScenario(bigScenario, null, 'big');
    expect(worker().last).toMatchObject({ org: big, policy: sample.policy });
    const pending = useStore.getState().forecasts.pending!;
    expect(pending.org).toBe(big);
    const before = selectors.selectDisplay(useStore.getState());
    expect(before).toMatchObject({ org: big, forecast: null, forecastReady: false });
    expect(before.ghosts.size).toBe(0);
    expect(selectors.candidatesFor(useStore.getState(), Object.keys(big.units)[0] as never)).toBeNull();

    worker().reply({ type: 'done', id: pending.id, forecast: someForecast() });
    const after = selectors.selectDisplay(useStore.getState());
    expect(after.forecastReady).toBe(true);
    expect(after.forecast?.projected).toBe(big);
    expect(useStore.getState().forecasts.pending).toBeNull();
  });

  it('drops the reply for an org that is no longer current, and restarts the busy worker for the new one', async () => {
    const { useStore, worker } = await load();
    useStore.getState().openScenario(bigScenario, null, 'big');
    const first = worker();
    const old = first.last;
    const edited: Org = { ...big, units: { ...big.units } };
    useStore.getState().setScenario({ ...useStore.getState().scenario, org: edited });
    expect(first.terminated).toBe(true);
    const second = worker();
    expect(second).not.toBe(first);
    expect(second.last.org).toBe(edited);
    expect(second.last.id).not.toBe(old.id);

    // A late reply about the old org (from a worker that got it out before it stopped) changes nothing.
    const state = useStore.getState().forecasts;
    first.reply({ type: 'done', id: old.id, forecast: someForecast() });
    expect(useStore.getState().forecasts).toBe(state);

    second.reply({ type: 'done', id: second.last.id, forecast: someForecast() });
    expect(useStore.getState().forecasts.entries.map((e) => e.org)).toEqual([edited]);
  });

  it('sends an idle worker only what an edit changed, which rebuilds the edited org there', async () => {
    const { useStore, worker } = await load();
    useStore.getState().openScenario(bigScenario, null, 'big');
    const opened = useStore.getState().scenario.org;
    worker().reply({ type: 'done', id: worker().last.id, forecast: someForecast() });
    const units = Object.values(opened.units);
    const moved = moveUnit(opened, units[units.length - 1]!.id, units[1]!.id);
    if (!moved.ok) throw new Error(moved.error.message);
    useStore.getState().setScenario({ ...useStore.getState().scenario, org: moved.value });
    expect(FakeWorker.all).toHaveLength(1);
    const message = worker().last as unknown as ForecastMessage;
    expect('org' in message).toBe(false);
    if (!('patch' in message)) return;
    expect(message.patch.units).toHaveLength(1);
    expect(applyOrgPatch(opened, message.patch)).toEqual(moved.value);
  });

  it('uses the cache when the user comes back to an org (undo, or a month already seen)', async () => {
    const { useStore, worker } = await load();
    useStore.getState().openScenario(bigScenario, null, 'big');
    worker().reply({ type: 'done', id: worker().last.id, forecast: someForecast() });
    const edited: Org = { ...big, units: { ...big.units } };
    useStore.getState().setScenario({ ...useStore.getState().scenario, org: edited });
    const count = FakeWorker.all.reduce((n, w) => n + w.sent.length, 0);
    useStore.getState().setScenario({ ...useStore.getState().scenario, org: big });
    expect(FakeWorker.all.reduce((n, w) => n + w.sent.length, 0)).toBe(count);
    expect(useStore.getState().forecasts.pending).toBeNull();
  });

  it('cancel terminates the worker and does not ask again until Retry', async () => {
    const { useStore, client, worker } = await load();
    useStore.getState().openScenario(bigScenario, null, 'big');
    const first = worker();
    client.cancelForecast();
    expect(first.terminated).toBe(true);
    expect(useStore.getState().forecasts).toMatchObject({ pending: null, stopped: { org: big } });
    expect(FakeWorker.all).toHaveLength(1);
    client.retryForecast();
    expect(FakeWorker.all).toHaveLength(2);
    expect(worker().last.org).toBe(big);
  });

  it('reports a crash in the worker and keeps the UI usable', async () => {
    const { useStore, selectors, worker } = await load();
    useStore.getState().openScenario(bigScenario, null, 'big');
    worker().reply({ type: 'crash', id: worker().last.id, message: 'boom' });
    expect(useStore.getState().forecasts).toMatchObject({ pending: null, failure: 'boom' });
    expect(selectors.selectDisplay(useStore.getState()).ghosts.size).toBe(0);
  });

  it('computes here, a task later, when module workers cannot start (a file:// page)', async () => {
    const { useStore, worker } = await load();
    useStore.getState().openScenario(bigScenario, null, 'big');
    worker().failToStart();
    expect(useStore.getState().forecasts.pending?.org).toBe(big);
    await vi.waitFor(() => expect(useStore.getState().forecasts.pending).toBeNull(), { timeout: 20_000 });
    expect(useStore.getState().forecasts.entries[0]).toMatchObject({ org: big });
    expect(useStore.getState().forecasts.entries[0]!.forecast).toEqual(forecastEmergence(big, sample.policy));
    // From then on no worker is tried.
    const edited: Org = { ...big, units: { ...big.units } };
    useStore.getState().setScenario({ ...useStore.getState().scenario, org: edited });
    expect(FakeWorker.all).toHaveLength(1);
  }, 30_000);

  it('while a simulation is scrubbed: the shown month first, the months either side prefetched, each cached by month', async () => {
    const { useStore, selectors, worker } = await load();
    useStore.getState().openScenario(bigScenario, null, 'big');
    worker().reply({ type: 'done', id: worker().last.id, forecast: someForecast() });
    const months: Org[] = [
      big,
      { ...big, asOf: '2027-01-01' as Org['asOf'] },
      { ...big, asOf: '2027-02-01' as Org['asOf'] },
      { ...big, asOf: '2027-03-01' as Org['asOf'] },
    ];
    const sent = () => FakeWorker.all.flatMap((w) => w.sent.map((r) => months.indexOf(r.org)));
    useStore.getState().simulationStarted(useStore.getState().scenario);
    useStore.getState().simulationDone({ months: 3, seed: 1, orgs: months, metrics: [], events: [], emergent: [] });
    // Month 0 is today's org, already in: month 1 is fetched ahead.
    expect(worker().last.org).toBe(months[1]);
    worker().reply({ type: 'done', id: worker().last.id, forecast: someForecast() });
    expect(worker().last.org).toBe(months[1]);

    useStore.getState().setMonth(1);
    expect(selectors.selectDisplay(useStore.getState()).forecastReady).toBe(true);
    expect(worker().last.org).toBe(months[2]);
    // Jumping to month 3 replaces the prefetch of month 2: the shown month comes first.
    const prefetching = worker();
    useStore.getState().setMonth(3);
    expect(prefetching.terminated).toBe(true);
    expect(worker().last.org).toBe(months[3]);
    expect(selectors.selectDisplay(useStore.getState()).forecastReady).toBe(false);
    worker().reply({ type: 'done', id: worker().last.id, forecast: someForecast() });
    expect(selectors.selectDisplay(useStore.getState()).forecastReady).toBe(true);
    // Then month 2 (beside month 3) again.
    expect(worker().last.org).toBe(months[2]);
    worker().reply({ type: 'done', id: worker().last.id, forecast: someForecast() });

    // Every month is cached now: scrubbing back and forth asks for nothing.
    const asked = sent().length;
    for (const m of [2, 1, 0, 3]) {
      useStore.getState().setMonth(m);
      expect(selectors.selectDisplay(useStore.getState()).forecastReady).toBe(true);
    }
    expect(sent()).toHaveLength(asked);
    expect(useStore.getState().forecasts.pending).toBeNull();
    expect(sent()).toEqual([0, 1, 2, 3, 2]);
  });
});
