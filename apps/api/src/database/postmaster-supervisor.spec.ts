import { setTimeout as sleep } from 'node:timers/promises';
import { Logger } from '@nestjs/common';
import { ServiceStatus } from '../health/service-status';
import type { EmbeddedPostmaster } from './database-server';
import { PostmasterSupervisor } from './postmaster-supervisor';

const TIMING = { checkEveryMs: 5, restartDelaysMs: [5, 5, 5] };

/** A postmaster that dies when told, and comes back only after failing `failures` restarts. */
class FakePostmaster implements EmbeddedPostmaster {
  up = true;
  restarts = 0;
  constructor(private failures: number) {}
  running(): boolean {
    return this.up;
  }
  async restart(): Promise<void> {
    this.restarts += 1;
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('could not bind to the port yet');
    }
    this.up = true;
  }
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2_000) throw new Error(`still waiting for ${what}`);
    await sleep(5);
  }
}

describe('PostmasterSupervisor', () => {
  let supervisor: PostmasterSupervisor | undefined;
  beforeAll(() => Logger.overrideLogger(false)); // its errors are the point here, not noise for the run
  afterEach(() => supervisor?.stop());

  it('leaves a running postmaster alone', async () => {
    const postmaster = new FakePostmaster(0);
    const status = new ServiceStatus();
    const giveUp = jest.fn();
    supervisor = new PostmasterSupervisor(postmaster, status, giveUp, TIMING);
    await sleep(40);
    expect(postmaster.restarts).toBe(0);
    expect(status.databaseRestarting).toBe(false);
    expect(giveUp).not.toHaveBeenCalled();
  });

  it('reports "restarting" while it starts a dead postmaster again, and clears it once up', async () => {
    const postmaster = new FakePostmaster(2);
    const status = new ServiceStatus();
    const giveUp = jest.fn();
    supervisor = new PostmasterSupervisor(postmaster, status, giveUp, TIMING);
    postmaster.up = false;
    await until(() => status.databaseRestarting, 'the restarting state');
    await until(() => postmaster.up, 'the postmaster to be up');
    expect(status.databaseRestarting).toBe(false);
    expect(postmaster.restarts).toBe(3);
    expect(giveUp).not.toHaveBeenCalled();
  });

  it('gives up, for a supervisor to restart Bridge, when every attempt fails', async () => {
    const postmaster = new FakePostmaster(Number.POSITIVE_INFINITY);
    const status = new ServiceStatus();
    const giveUp = jest.fn();
    supervisor = new PostmasterSupervisor(postmaster, status, giveUp, TIMING);
    postmaster.up = false;
    await until(() => giveUp.mock.calls.length > 0, 'giving up');
    expect(postmaster.restarts).toBe(TIMING.restartDelaysMs.length);
    expect(status.databaseRestarting).toBe(true);
    await sleep(40);
    expect(giveUp).toHaveBeenCalledTimes(1);
  });

  it('does nothing once stopped, as when the API stops PostgreSQL itself', async () => {
    const postmaster = new FakePostmaster(0);
    const status = new ServiceStatus();
    supervisor = new PostmasterSupervisor(postmaster, status, jest.fn(), TIMING);
    supervisor.stop();
    postmaster.up = false;
    await sleep(40);
    expect(postmaster.restarts).toBe(0);
    expect(status.databaseRestarting).toBe(false);
  });
});
