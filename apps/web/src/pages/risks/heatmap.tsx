import { riskLevel, type RiskHeatmap } from '../../api/types';

const SCALE = [1, 2, 3, 4, 5];

/** The 5×5 matrix of open risks: likelihood up, impact across, each cell tinted by its level. */
export function Heatmap({ heatmap }: { heatmap: RiskHeatmap }) {
  return (
    <figure class="heatmap">
      <table>
        <caption>
          Open risks by likelihood and impact ({heatmap.total} in total)
        </caption>
        <thead>
          <tr>
            <td class="blank" />
            <th scope="colgroup" colSpan={5} class="axis">
              Impact →
            </th>
          </tr>
          <tr>
            <th scope="col" class="axis heatmap-corner">
              Likelihood ↓
            </th>
            {SCALE.map((impact) => (
              <th key={impact} scope="col">
                <span class="sr-only">Impact </span>
                {impact}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...SCALE].reverse().map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row">
                <span class="sr-only">Likelihood </span>
                {likelihood}
              </th>
              {SCALE.map((impact) => {
                const count = heatmap.counts[likelihood - 1]?.[impact - 1] ?? 0;
                const level = riskLevel(likelihood * impact);
                return (
                  <td key={impact} class={`heat heat--${level.toLowerCase()}${count ? ' heat--filled' : ''}`} aria-label={`Likelihood ${likelihood}, impact ${impact}: ${count} open risk${count === 1 ? '' : 's'}, ${level.toLowerCase()}`}>
                    {count || ''}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption class="heatmap-legend">
        {(['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'] as const).map((level) => (
          <span key={level} class={`legend-swatch heat--${level.toLowerCase()}`}>
            {level.charAt(0) + level.slice(1).toLowerCase()}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
