import { Global, Module } from '@nestjs/common';
import { EmailDeliveryService } from './email-delivery.service';
import { NotificationFanout } from './notification-fanout';
import { NotificationsResolver } from './notifications.resolver';
import { NotificationsService } from './notifications.service';

@Global()
@Module({
  providers: [NotificationsService, NotificationFanout, EmailDeliveryService, NotificationsResolver],
  exports: [NotificationsService, NotificationFanout],
})
export class NotificationsModule {}
