import { randomUUID } from 'node:crypto';
import type { CasualtyReviewCommand } from '../../../libs/casualty-reviews/src/casualty-review.decider';
import { executeCasualtyReviewCommand } from '../../../libs/casualty-reviews/src/commands/execute-casualty-review-command';
import type { CommandContext } from '../../../libs/platform/src/command-context';
import { CommandExecutor } from '../../../libs/platform/src/command-executor';
import type { TestApp } from '../../support/test-app';

/** A CIVCAS suspicion, as a legal adviser would report it. */
export const SUSPICION = {
  source: 'NGO',
  description: 'An NGO reports two injured civilians near a checkpoint after a convoy passed',
  occurredAt: '2024-03-04T10:15:00+03:00',
  mission: 'NMI',
  location: { name: 'Checkpoint 12, Baghdad' },
  estimatedKilled: 0,
  estimatedInjured: 2,
} as const;

export const RATIONALE = 'Hospital records confirm two admissions at that time';

/** Reports a suspicion, assesses it credible and opens an investigation, over HTTP; returns the review id. */
export async function openInvestigation(api: TestApp): Promise<string> {
  const reported = await api.request('POST', '/api/casualty-reviews', { role: 'legal', body: SUSPICION });
  const id = reported.body.id as string;
  await api.request('POST', `/api/casualty-reviews/${id}/assessment`, { role: 'legal', body: { outcome: 'CREDIBLE', rationale: RATIONALE } });
  const opened = await api.request('POST', `/api/casualty-reviews/${id}/investigation`, { role: 'legal', body: { authority: 'Koninklijke Marechaussee' } });
  if (opened.status !== 200) throw new Error(`Could not open an investigation: ${opened.status} ${JSON.stringify(opened.body)}`);
  return id;
}

/**
 * A review whose investigation was opened (and, when `concludedAt` is given, concluded) at past times, written with
 * the real deciders and executor as they would have been then: history for due and overdue notifications.
 */
export async function investigationInThePast(api: TestApp, openedAt: Date, concludedAt?: Date): Promise<string> {
  const executor = api.app.get(CommandExecutor);
  const reviewId = randomUUID();
  const at = new Date(openedAt.getTime() - 3600_000);
  const suspicion = { ...SUSPICION, location: { ...SUSPICION.location }, occurredAt: new Date(at.getTime() - 86_400_000).toISOString() };
  const steps: Array<[CasualtyReviewCommand, Date]> = [
    [{ type: 'ReportCasualtySuspicion', reviewId, suspicion, automatic: false, at }, at],
    [{ type: 'AssessCasualty', reviewId, outcome: 'CREDIBLE', rationale: RATIONALE, at }, at],
    [{ type: 'OpenInvestigation', reviewId, authority: 'Koninklijke Marechaussee', at: openedAt }, openedAt],
  ];
  if (concludedAt) {
    steps.push([{ type: 'ConcludeInvestigation', reviewId, findings: 'No civilian was harmed', confirmedKilled: 0, confirmedInjured: 0, at: concludedAt }, concludedAt]);
  }
  for (const [command, now] of steps) await executeCasualtyReviewCommand(executor, command, legalContext(now));
  return reviewId;
}

function legalContext(now: Date): CommandContext {
  const commandId = randomUUID();
  return { commandId, correlationId: commandId, causationId: commandId, userId: 'legal-user', role: 'legal', now, requestHash: commandId };
}
