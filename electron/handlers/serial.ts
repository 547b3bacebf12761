/**
 * One-at-a-time queues by key: jobs under the same key run in the order they were queued, each after the
 * previous one settled (success or failure); different keys run side by side. Used for saves (per file),
 * the recent list and the recovery copy, so two writes to the same file never interleave.
 */
export interface SerialQueue {
  /** Run `job` after every job queued earlier under `key`. `queue.run('/a.json', () => write())`. */
  run<T>(key: string, job: () => Promise<T>): Promise<T>;
}

/** A new set of queues. */
export function createSerialQueue(): SerialQueue {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run(key, job) {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(job, job);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      // Forget the key once its last job is done, so the map doesn't grow with every file ever saved.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
