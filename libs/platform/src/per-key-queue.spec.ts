import { PerKeyQueue } from './per-key-queue';

/** A task that records when it starts and finishes, and ends only when released. */
function controlledTask(name: string, log: string[]) {
  let release!: () => void;
  let fail!: (error: Error) => void;
  const done = new Promise<string>((resolve, reject) => {
    release = () => resolve(name);
    fail = reject;
  });
  return {
    run: () => {
      log.push(`start ${name}`);
      return done.finally(() => log.push(`end ${name}`));
    },
    release: () => release(),
    fail: (error: Error) => fail(error),
  };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('PerKeyQueue', () => {
  it('runs tasks of one key one at a time, in order, and tasks of other keys alongside', async () => {
    const queue = new PerKeyQueue();
    const log: string[] = [];
    const [a1, a2, b1] = [controlledTask('a1', log), controlledTask('a2', log), controlledTask('b1', log)];
    const results = [queue.run('a', a1.run), queue.run('a', a2.run), queue.run('b', b1.run)];
    await settle();
    expect(log).toEqual(['start a1', 'start b1']);
    a1.release();
    await settle();
    expect(log).toEqual(['start a1', 'start b1', 'end a1', 'start a2']);
    a2.release();
    b1.release();
    expect(await Promise.all(results)).toEqual(['a1', 'a2', 'b1']);
    expect(queue.size).toBe(0);
  });

  it('hands a failure to its caller only and goes on with the next task of the key', async () => {
    const queue = new PerKeyQueue();
    const log: string[] = [];
    const [first, second] = [controlledTask('first', log), controlledTask('second', log)];
    const failing = queue.run('a', first.run);
    const next = queue.run('a', second.run);
    first.fail(new Error('refused'));
    await expect(failing).rejects.toThrow('refused');
    second.release();
    await expect(next).resolves.toBe('second');
    await settle();
    expect(queue.size).toBe(0);
  });
});
