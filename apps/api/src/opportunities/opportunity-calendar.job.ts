import { Injectable, OnModuleInit } from '@nestjs/common';
import { todayUtc } from '../common/calendar-date';
import { TenantDatabase } from '../database/tenant-database';
import { JobQueue } from '../jobs/job-queue.service';
import { OpportunitiesService } from './opportunities.service';

export const OPPORTUNITY_CALENDAR_JOB = 'opportunities.close-ended';

/**
 * Every hour one replica closes the open opportunities whose end date has passed, as their sponsor
 * would: open applications end and their candidates are told.
 */
@Injectable()
export class OpportunityCalendarJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly db: TenantDatabase,
    private readonly opportunities: OpportunitiesService,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.jobs.handle(OPPORTUNITY_CALENDAR_JOB, async () => {
      await this.closeEnded();
    });
    await this.jobs.schedule(OPPORTUNITY_CALENDAR_JOB, '5 * * * *');
  }

  /** Closes every organization's ended opportunities; returns how many. */
  async closeEnded(today: string = todayUtc()): Promise<number> {
    const organizations: { id: string }[] = await this.db.unscopedQuery(
      'SELECT bridge_organizations_with_ended_opportunities($1) AS id',
      [today],
    );
    let closed = 0;
    for (const { id } of organizations)
      closed += await this.db.run(id, () => this.opportunities.closeEnded(id, today));
    return closed;
  }
}
