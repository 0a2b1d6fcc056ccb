import { Module } from '@nestjs/common';
import { PasswordsModule } from '../passwords/passwords.module';
import { PeopleImportModule } from '../people-import/people-import.module';
import { DemoSeedService } from './demo-seed.service';

@Module({
  imports: [PeopleImportModule, PasswordsModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoSeedModule {}
