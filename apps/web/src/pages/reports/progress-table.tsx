import { humanize } from '../../api/labels';
import { MISSIONS, type MissionProgress, type ProgressReport } from '../../api/types';

const ROWS: Array<[string, (mission: MissionProgress) => number]> = [
  ['Incidents', (mission) => mission.incidents.total],
  ['Uses of force', (mission) => mission.useOfForce],
  ['Heat-illness casualties', (mission) => mission.heatIllnessCasualties],
  ['Movements', (mission) => mission.movements],
  ['Advisers escorted', (mission) => mission.advisersEscorted],
  ['Adviser engagements', (mission) => mission.adviserEngagements],
  ['CIVCAS reported', (mission) => mission.casualtyReviews.reported],
  ['CIVCAS credible', (mission) => mission.casualtyReviews.credible],
  ['CIVCAS not credible', (mission) => mission.casualtyReviews.notCredible],
  ['Investigations opened', (mission) => mission.casualtyReviews.investigationsOpened],
  ['Investigations concluded', (mission) => mission.casualtyReviews.investigationsConcluded],
];

/** Indicators down, missions across, with a total: the numbers behind the charts. */
export function ProgressTable({ report }: { report: ProgressReport }) {
  const missions = MISSIONS;
  return (
    <div class="table-wrap">
      <table class="table--matrix">
        <thead>
          <tr>
            <th scope="col">Indicator</th>
            {missions.map((mission) => (
              <th key={mission} scope="col" class="number">
                {humanize(mission)}
              </th>
            ))}
            <th scope="col" class="number">Total</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(([label, pick]) => {
            const values = missions.map((mission) => pick(report.byMission[mission]));
            return (
              <tr key={label}>
                <th scope="row">{label}</th>
                {values.map((value, index) => (
                  <td key={missions[index]} class="number">
                    {value}
                  </td>
                ))}
                <td class="number"><strong>{values.reduce((sum, value) => sum + value, 0)}</strong></td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
