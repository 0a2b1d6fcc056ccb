import { Global, Module } from '@nestjs/common';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationFanout } from './notification-fanout';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';
import { UndeliveredEmailsResolver } from './undelivered-emails.resolver';
import { WaitingEmailsJob } from './waiting-emails.job';

@Global()
@Module({
  providers: [
    NotificationsService,
    NotificationFanout,
    EmailDeliveryService,
    NotificationsResolver,
    UndeliveredEmailsResolver,
    WaitingEmailsJob,
  ],
  exports: [NotificationsService, NotificationFanout],
})
export class NotificationsModule {}
