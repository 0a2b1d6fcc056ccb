import { Module } from '@nestjs/common';
import { CandidateProfilesModule } from '../candidate-profiles/candidate-profiles.module';
import { ConsentModule } from '../consent/consent.module';
import { EligibilityModule } from '../eligibility/eligibility.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { PeopleModule } from '../people/people.module';
import { PlacementsModule } from '../placements/placements.module';
import {
  ApplicationFieldsResolver,
  OpportunityApplicationFieldsResolver,
} from './application-fields.resolver';
import { ApplicationRecordsModule } from './application-records.module';
import { ApplicationsResolver } from './applications.resolver';
import { ApplicationsService } from './applications.service';

@Module({
  imports: [
    ApplicationRecordsModule,
    OpportunitiesModule,
    CandidateProfilesModule,
    PeopleModule,
    ConsentModule,
    PlacementsModule,
    EligibilityModule,
  ],
  providers: [
    ApplicationsService,
    ApplicationsResolver,
    ApplicationFieldsResolver,
    OpportunityApplicationFieldsResolver,
  ],
})
export class ApplicationsModule {}
