import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { OrganizationSetupService } from './organization-setup.service';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [AuthModule],
  providers: [OrganizationsService, OrganizationSetupService],
  exports: [OrganizationsService, OrganizationSetupService],
})
export class OrganizationsModule {}
