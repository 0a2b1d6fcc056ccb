import { Module } from '@nestjs/common';
import { ApplicationRecordsModule } from '../applications/application-records.module';
import { ConsentModule } from '../consent/consent.module';
import { FrameworkModule } from '../framework/framework.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PeopleModule } from '../people/people.module';
import { MentorRequests } from './mentor-requests.service';
import { OpportunitiesResolver } from './opportunities.resolver';
import { OpportunitiesService } from './opportunities.service';
import { OpportunityCalendarJob } from './opportunity-calendar.job';
import { OpportunitySearch } from './opportunity-search.service';

@Module({
  imports: [FrameworkModule, PeopleModule, OrgUnitsModule, ApplicationRecordsModule, ConsentModule],
  providers: [
    OpportunitiesService,
    OpportunitySearch,
    MentorRequests,
    OpportunitiesResolver,
    OpportunityCalendarJob,
  ],
  exports: [OpportunitiesService],
})
export class OpportunitiesModule {}
