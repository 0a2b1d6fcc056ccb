import { Module } from '@nestjs/common';
import { FrameworkModule } from '../framework/framework.module';
import { CandidateProfilesResolver } from './candidate-profiles.resolver';
import { CandidateProfilesService } from './candidate-profiles.service';

@Module({
  imports: [FrameworkModule],
  providers: [CandidateProfilesService, CandidateProfilesResolver],
  exports: [CandidateProfilesService],
})
export class CandidateProfilesModule {}
