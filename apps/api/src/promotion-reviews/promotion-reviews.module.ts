import { Module } from '@nestjs/common';
import { AuditLogWriterModule } from '../audit/audit-log-writer.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { PeopleModule } from '../people/people.module';
import { ReadinessModule } from '../readiness/readiness.module';
import { PacketRenderer } from './packet-renderer';
import { PromotionReviewsResolver } from './promotion-reviews.resolver';
import { PromotionReviewsService } from './promotion-reviews.service';
import { ReviewPacketController } from './review-packet.controller';

@Module({
  imports: [AuditLogWriterModule, NotificationsModule, PeopleModule, ReadinessModule],
  controllers: [ReviewPacketController],
  providers: [PromotionReviewsService, PromotionReviewsResolver, PacketRenderer],
})
export class PromotionReviewsModule {}
