import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { ObservationRequestsService } from './observation-requests.service';

/** Requests for evidence, apart from observations: placements ask for them too when one completes. */
@Module({
  imports: [NotificationsModule, PeopleModule],
  providers: [ObservationRequestsService],
  exports: [ObservationRequestsService],
})
export class ObservationRequestsModule {}
