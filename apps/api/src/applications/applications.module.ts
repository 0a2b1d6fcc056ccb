import { Module } from '@nestjs/common';
import { CandidateProfilesModule } from '../candidate-profiles/candidate-profiles.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PeopleModule } from '../people/people.module';
import {
  ApplicationsResolver,
  ConsentRequestsResolver,
  ManagerConsentStatisticsResolver,
  OpportunityApplicationFieldsResolver,
  PlacementsResolver,
} from './applications.resolver';
import { ApplicationsService } from './applications.service';
import { ConsentDeadlineJob } from './consent-deadline.job';

@Module({
  imports: [OpportunitiesModule, CandidateProfilesModule, PeopleModule, OrgUnitsModule],
  providers: [
    ApplicationsService,
    ConsentDeadlineJob,
    ApplicationsResolver,
    ConsentRequestsResolver,
    ManagerConsentStatisticsResolver,
    PlacementsResolver,
    OpportunityApplicationFieldsResolver,
  ],
})
export class ApplicationsModule {}
