/**
 * Runs a background job so that calls during a run share one follow-up run: a burst of triggers
 * (webhooks arriving, a timer, a mutation) never starts overlapping runs, and every call's promise
 * settles after a run that started after the call. The job's errors go to `onError`; the promise
 * never rejects.
 *
 * @example const runner = new CoalescedRunner(() => this.processDue(), (e) => log(e)); void runner.trigger();
 */
export class CoalescedRunner {
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly job: () => Promise<void>,
    private readonly onError: (error: unknown) => void,
  ) {}

  trigger(): Promise<void> {
    if (this.stopped) {
      return Promise.resolve();
    }
    if (!this.running) {
      return this.start();
    }
    this.queued ??= this.running.then(() => {
      this.queued = null;
      return this.start();
    });
    return this.queued;
  }

  /** No new runs; resolves when the current and queued ones are over. */
  async stop(): Promise<void> {
    const queued = this.queued;
    const running = this.running;
    this.stopped = true;
    await queued;
    await running;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  private start(): Promise<void> {
    if (this.stopped) {
      return Promise.resolve();
    }
    const run = this.job()
      .catch(this.onError)
      .finally(() => {
        if (this.running === run) {
          this.running = null;
        }
      });
    this.running = run;
    return run;
  }
}
