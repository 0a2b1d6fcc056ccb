import { Module } from '@nestjs/common';
import { CandidateProfilesModule } from '../candidate-profiles/candidate-profiles.module';
import { FrameworkModule } from '../framework/framework.module';
import { ObservationsModule } from '../observations/observations.module';
import { PeopleModule } from '../people/people.module';
import { ObserverCalibrationResolver, ReadinessResolver } from './readiness.resolver';
import { ReadinessService } from './readiness.service';

@Module({
  imports: [CandidateProfilesModule, FrameworkModule, ObservationsModule, PeopleModule],
  providers: [ReadinessService, ReadinessResolver, ObserverCalibrationResolver],
  exports: [ReadinessService],
})
export class ReadinessModule {}
