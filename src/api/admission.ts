/**
 * Admission control for GraphQL requests: at most `concurrency` execute at
 * once (each holds Neo4j connections), at most `queue` wait, and none waits
 * longer than `waitMs`. A request that cannot be admitted is shed at once
 * with 503 and Retry-After, so that under overload every client gets an
 * answer in bounded time instead of a queue that grows until they time out.
 */
interface AdmissionLimits {
  concurrency: number;
  queue: number;
  waitMs: number;
}

type Admitted = { release: () => void } | { shed: 'queue full' | 'waited too long' };

export class Admission {
  private running = 0;
  private readonly waiting: { grant: () => void; timer: NodeJS.Timeout }[] = [];

  constructor(private readonly limits: AdmissionLimits) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  enter(): Promise<Admitted> {
    if (this.running < this.limits.concurrency) {
      this.running += 1;
      return Promise.resolve({ release: this.releaser() });
    }
    if (this.waiting.length >= this.limits.queue) return Promise.resolve({ shed: 'queue full' });
    return new Promise((resolve) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          this.running += 1;
          resolve({ release: this.releaser() });
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(entry);
          if (at !== -1) this.waiting.splice(at, 1);
          resolve({ shed: 'waited too long' });
        }, this.limits.waitMs),
      };
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.running -= 1;
      this.waiting.shift()?.grant();
    };
  }
}
