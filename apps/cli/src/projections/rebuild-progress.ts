import { Presets, SingleBar } from 'cli-progress';
import type { RebuildProgress } from '../../../../libs/projections/src';

/** One progress bar per projection being rebuilt, measured in $all positions up to the head when it started. */
export class RebuildProgressBars {
  private bar?: SingleBar;
  private current?: string;

  update(progress: RebuildProgress): void {
    if (progress.name !== this.current) {
      this.bar?.stop();
      this.current = progress.name;
      this.bar = new SingleBar({ format: `${progress.name} [{bar}] {percentage}% | position {value}/{total}` }, Presets.shades_classic);
      this.bar.start(Number(progress.head), 0);
    }
    this.bar?.update(Number(progress.position));
  }

  stop(): void {
    this.bar?.stop();
  }
}
