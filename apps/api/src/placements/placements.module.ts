import { Module } from '@nestjs/common';
import { ObservationRequestsModule } from '../observations/observation-requests.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { PeopleModule } from '../people/people.module';
import { PlacementLedger } from './placement-ledger.service';
import { OpportunityPlacementsResolver, PlacementsResolver } from './placements.resolver';
import { PlacementsService } from './placements.service';

@Module({
  imports: [ObservationRequestsModule, OpportunitiesModule, PeopleModule],
  providers: [PlacementLedger, PlacementsService, PlacementsResolver, OpportunityPlacementsResolver],
  exports: [PlacementLedger, PlacementsService],
})
export class PlacementsModule {}
