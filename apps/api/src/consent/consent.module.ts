import { Module } from '@nestjs/common';
import { ApplicationRecordsModule } from '../applications/application-records.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { ConsentEscalationJob } from './consent-escalation.job';
import { ConsentEscalation } from './consent-escalation.service';
import { ConsentRequests } from './consent-requests.service';
import { ConsentStatisticsResolver } from './consent-statistics.resolver';
import { ConsentStatistics } from './consent-statistics.service';
import { ConsentResolver } from './consent.resolver';

/** Manager consent: requests, decisions, escalation of overdue ones, and HR's per-manager statistics. */
@Module({
  imports: [ApplicationRecordsModule, OrganizationsModule, PeopleModule],
  providers: [
    ConsentRequests,
    ConsentEscalation,
    ConsentEscalationJob,
    ConsentStatistics,
    ConsentResolver,
    ConsentStatisticsResolver,
  ],
  exports: [ConsentRequests, ConsentEscalation],
})
export class ConsentModule {}
