import type { CasualtyReviewItem } from '../../api/types';

export type CaseStep = 'assess' | 'investigate' | 'conclude' | 'reopen';

/** The steps the review's lifecycle allows now (SPEC 3.2), mirroring the server's rules so only those are offered. */
export function allowedSteps(review: CasualtyReviewItem): CaseStep[] {
  switch (review.status) {
    case 'REPORTED':
      return ['assess'];
    case 'ASSESSED':
      if (review.assessment?.outcome === 'CREDIBLE') return ['investigate'];
      return review.assessment?.outcome === 'INSUFFICIENT_INFORMATION' ? ['assess'] : [];
    case 'INVESTIGATION_OPENED':
      return ['conclude'];
    case 'INVESTIGATION_CONCLUDED':
      return [];
    case 'CLOSED':
      return ['reopen'];
  }
}

export const STEP_TITLES: Record<string, string> = {
  CasualtySuspicionReported: 'Suspicion reported',
  CasualtyAssessed: 'Assessed',
  CasualtyInvestigationOpened: 'Investigation opened',
  CasualtyInvestigationConcluded: 'Investigation concluded',
  CasualtyReviewClosed: 'Case closed',
  CasualtyReviewReopened: 'Reopened',
};
