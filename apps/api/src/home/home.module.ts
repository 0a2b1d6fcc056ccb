import { Module } from '@nestjs/common';
import { ApplicationRecordsModule } from '../applications/application-records.module';
import { ConsentModule } from '../consent/consent.module';
import { ObservationRequestsModule } from '../observations/observation-requests.module';
import { OpportunitiesModule } from '../opportunities/opportunities.module';
import { PlacementsModule } from '../placements/placements.module';
import { HomeResolver } from './home.resolver';
import { HomeService } from './home.service';

@Module({
  imports: [
    ConsentModule,
    ApplicationRecordsModule,
    ObservationRequestsModule,
    OpportunitiesModule,
    PlacementsModule,
  ],
  providers: [HomeService, HomeResolver],
})
export class HomeModule {}
