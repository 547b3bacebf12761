import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../shared';
import { generateOrg } from '../../../shared/sample/generateOrg';
import { SlicedOrgReceiver, slicedMessages } from './slicedOrg';

describe('a big org sent to the forecast worker in slices', () => {
  const org = generateOrg({ size: 1500, seed: 3, asOf: '2026-11-01' });
  const request = { id: 7, org, policy: DEFAULT_POLICY };

  it('arrives whole: the same people and units, in the same order, with the request', () => {
    const messages = [...slicedMessages(request, 100)];
    const units = Object.keys(org.units).length;
    // Slices of 100 entries for each table, then the request.
    expect(messages).toHaveLength(Math.ceil(1500 / 100) + Math.ceil(units / 100) + 1);
    const receiver = new SlicedOrgReceiver();
    // Each message crosses as a structured copy.
    const received = messages.map((message) => receiver.receive(structuredClone(message) as never));
    expect(received.slice(0, -1).every((r) => r === null)).toBe(true);
    const whole = received[received.length - 1]!;
    expect(whole).toEqual(org);
    expect(Object.keys(whole.people)).toEqual(Object.keys(org.people));
    expect(Object.keys(whole.units)).toEqual(Object.keys(org.units));
    const last = messages[messages.length - 1]!;
    expect('id' in last && last.id).toBe(7);
  });

  it("leaves the store's org as it was, and a second org after the first arrives whole too", () => {
    const before = structuredClone(org);
    const receiver = new SlicedOrgReceiver();
    for (const message of slicedMessages(request, 250)) receiver.receive(structuredClone(message) as never);
    expect(org).toEqual(before);
    const other = generateOrg({ size: 300, seed: 4, asOf: '2026-11-01' });
    let whole = null;
    for (const message of slicedMessages({ ...request, org: other }, 50)) whole = receiver.receive(structuredClone(message) as never);
    expect(whole).toEqual(other);
  });
});
