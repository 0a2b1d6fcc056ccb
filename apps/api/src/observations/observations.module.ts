import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { PlacementsModule } from '../placements/placements.module';
import { ObservationRequestsService } from './observation-requests.service';
import { ObservationRequestsResolver, ObservationsResolver } from './observations.resolver';
import { ObservationsService } from './observations.service';

@Module({
  imports: [FrameworkModule, NotificationsModule, PeopleModule, PlacementsModule],
  providers: [
    ObservationsService,
    ObservationRequestsService,
    ObservationsResolver,
    ObservationRequestsResolver,
  ],
  exports: [ObservationsService],
})
export class ObservationsModule {}
