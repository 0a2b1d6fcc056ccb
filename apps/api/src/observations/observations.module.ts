import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { OrganizationsModule } from '../organizations/organizations.module';
import { PeopleModule } from '../people/people.module';
import { PlacementsModule } from '../placements/placements.module';
import { ObservationRequestsModule } from './observation-requests.module';
import { ObservationRequestsResolver, ObservationsResolver } from './observations.resolver';
import { ObservationsService } from './observations.service';

@Module({
  imports: [
    FrameworkModule,
    NotificationsModule,
    ObservationRequestsModule,
    OrganizationsModule,
    PeopleModule,
    PlacementsModule,
  ],
  providers: [ObservationsService, ObservationsResolver, ObservationRequestsResolver],
  exports: [ObservationsService],
})
export class ObservationsModule {}
