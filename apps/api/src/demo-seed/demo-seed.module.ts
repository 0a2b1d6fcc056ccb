import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PeopleImportModule } from '../people-import/people-import.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [PeopleImportModule, AuthModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
