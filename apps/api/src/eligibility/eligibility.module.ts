import { Module } from '@nestjs/common';
import { CandidateProfilesModule } from '../candidate-profiles/candidate-profiles.module';
import { ConsentModule } from '../consent/consent.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PeopleModule } from '../people/people.module';
import { ApplicationEligibilityResolver, OpportunityEligibilityResolver } from './eligibility.resolver';
import { EligibilityService } from './eligibility.service';

@Module({
  imports: [PeopleModule, CandidateProfilesModule, OrgUnitsModule, ConsentModule, OpportunitiesModule],
  providers: [EligibilityService, OpportunityEligibilityResolver, ApplicationEligibilityResolver],
  exports: [EligibilityService],
})
export class EligibilityModule {}
