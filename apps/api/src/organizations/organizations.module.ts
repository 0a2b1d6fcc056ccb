import { Module } from '@nestjs/common';
import { PasswordsModule } from '../passwords/passwords.module';
import { OrganizationSettingsResolver } from './organization-settings.resolver';
import { OrganizationSettings } from './organization-settings.service';
import { OrganizationSetupService } from './organization-setup.service';
import { OrganizationsService } from './organizations.service';

@Module({
  imports: [PasswordsModule],
  providers: [
    OrganizationsService,
    OrganizationSetupService,
    OrganizationSettings,
    OrganizationSettingsResolver,
  ],
  exports: [OrganizationsService, OrganizationSetupService, OrganizationSettings],
})
export class OrganizationsModule {}
