import type { EventStore, RecordedEvent } from '../../event-store/src';
import type { CommandExecutor } from '../../platform/src/command-executor';
import type { AppConfig } from '../../platform/src/config/app-config';
import { WeeklyCorrectionsProcessManager } from './weekly-corrections.process-manager';

const reported = (occurredAt: string, recordedAt: string): RecordedEvent => ({
  id: 'e-1',
  streamId: 'incident-i-1',
  revision: 0n,
  position: 7n,
  type: 'IncidentReported',
  data: { incidentId: 'i-1', occurredAt },
  metadata: { commandId: 'c', correlationId: 'c', causationId: 'c', userId: 'u', role: 'operations', recordedAt, schemaVersion: 1 },
});

describe('weekly corrections process manager', () => {
  const execute = jest.fn().mockResolvedValue({ id: 'w', revision: 0, position: '1' });
  const processManager = (zone: string) =>
    new WeeklyCorrectionsProcessManager({ execute } as unknown as CommandExecutor, {} as EventStore, { reportingTimeZone: zone } as AppConfig);
  beforeEach(() => execute.mockClear());

  it('leaves events recorded while their week was still running: that week cannot have been published before them', async () => {
    await processManager('Europe/Amsterdam').handle(reported('2024-02-01T10:00:00.000Z', '2024-02-01T11:00:00.000Z'));
    expect(execute).not.toHaveBeenCalled();
  });

  it('checks a week for a late entry when the event was recorded after the week ended', async () => {
    await processManager('Europe/Amsterdam').handle(reported('2024-02-01T10:00:00.000Z', '2024-02-07T11:00:00.000Z'));
    expect(execute).toHaveBeenCalledWith(expect.objectContaining({ id: '2024-W05', mode: 'update', command: expect.objectContaining({ type: 'RecordLateEntry', position: '7' }) }));
  });

  it('is not stopped by an event in a week outside the range weeks are served in', async () => {
    // 1 January 1900 02:00 UTC is still 1899 in New York.
    await expect(processManager('America/New_York').handle(reported('1900-01-01T02:00:00.000Z', '2024-02-07T11:00:00.000Z'))).resolves.toBeUndefined();
    expect(execute).not.toHaveBeenCalled();
  });
});

describe('the clock margin before the end of a week', () => {
  const execute = jest.fn().mockResolvedValue({ id: 'w', revision: 0, position: '1' });
  const processManager = new WeeklyCorrectionsProcessManager({ execute } as unknown as CommandExecutor, {} as EventStore, { reportingTimeZone: 'Europe/Amsterdam' } as AppConfig);
  const checked = async (occurredAt: string, recordedAt: string) => {
    execute.mockClear();
    await processManager.handle(reported(occurredAt, recordedAt));
    return execute.mock.calls.length === 1;
  };

  it.each([
    // 2024-W05 ends on Monday 5 February 00:00 CET (23:00 UTC): checked from 22:00 UTC on.
    ['a winter week', '2024-02-04T20:00:00.000Z', '2024-02-04T22:00:00.000Z'],
    // 2024-W13 ends on Monday 1 April 00:00 CEST (22:00 UTC), the day after summer time started: from 21:00 UTC on.
    ['the week summer time starts in', '2024-03-31T20:00:00.000Z', '2024-03-31T21:00:00.000Z'],
  ])('checks %s for a late entry from exactly one hour before it ends, not a millisecond earlier', async (_name, occurredAt, marginStart) => {
    const verdicts = [];
    // Just before the margin, at it, just after it, and a report arriving just after the week ended.
    for (const offsetMs of [-1, 0, 1, 3600_000 + 1]) verdicts.push(await checked(occurredAt, new Date(Date.parse(marginStart) + offsetMs).toISOString()));
    expect(verdicts).toEqual([false, true, true, true]);
  });
});
