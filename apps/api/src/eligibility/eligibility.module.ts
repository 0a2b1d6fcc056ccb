import { Module } from '@nestjs/common';
import { ConsentModule } from '../consent/consent.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { OrgUnitsModule } from '../org-units/org-units.module';
import { PeopleModule } from '../people/people.module';
import { EligibilityFactsReader } from './eligibility-facts.reader';
import { ApplicationEligibilityResolver, OpportunityEligibilityResolver } from './eligibility.resolver';
import { EligibilityService } from './eligibility.service';

@Module({
  imports: [PeopleModule, OrgUnitsModule, ConsentModule, OpportunitiesModule],
  providers: [
    EligibilityFactsReader,
    EligibilityService,
    OpportunityEligibilityResolver,
    ApplicationEligibilityResolver,
  ],
  exports: [EligibilityFactsReader, EligibilityService],
})
export class EligibilityModule {}
