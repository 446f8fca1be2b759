import { useEffect } from 'preact/hooks';
import { navigate } from '../../router';
import { lastCompletedWeek } from './iso-week';

/** `/overviews/weekly` opens the last week that has ended: the one a manager would publish next. */
export function LatestWeekRedirect() {
  useEffect(() => navigate(`/overviews/weekly/${lastCompletedWeek()}`, { replace: true }), []);
  return null;
}
