import { Controller, Get, Header, Param, ParseUUIDPipe, StreamableFile } from '@nestjs/common';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission } from '../access/access.decorators';
import { BadUserInputError } from '../common/bridge-errors';
import { TenantDatabase } from '../database/tenant-database';
import { PeopleService } from '../people/people.service';
import { PromotionReviewsService } from './promotion-reviews.service';
import { PacketRenderer } from './packet-renderer';
import { packetDefinition } from './review-packet';

/** Answered as every other refusal of Bridge: GraphQL-shaped, naming what was wrong. */
const notAReviewId = () =>
  new BadUserInputError('reviewId', 'This is not the address of a promotion review.');

/**
 * The review packet as a PDF, for HR, with the same bearer token as every GraphQL call (so it is
 * fetched by the client, never opened from a bare link that would need a cookie or a token in the URL).
 */
@Controller('promotion-reviews')
export class ReviewPacketController {
  constructor(
    private readonly reviews: PromotionReviewsService,
    private readonly people: PeopleService,
    private readonly db: TenantDatabase,
    private readonly renderer: PacketRenderer,
  ) {}

  @RequirePermission(Permission.ManagePromotionReviews)
  @Get(':reviewId/packet.pdf')
  @Header('Cache-Control', 'no-store')
  async packet(
    @CurrentActor() actor: Actor,
    @Param('reviewId', new ParseUUIDPipe({ exceptionFactory: notAReviewId })) reviewId: string,
  ): Promise<StreamableFile> {
    const review = await this.reviews.get(actor, reviewId);
    const [openedBy, decidedBy] = await Promise.all([
      this.people.byId(actor.organizationId, review.openedById),
      review.decidedById ? this.people.byId(actor.organizationId, review.decidedById) : undefined,
    ]);
    const pdf = await this.renderer.render(
      packetDefinition(review, { openedBy: openedBy.name, decidedBy: decidedBy?.name ?? null }),
    );
    await this.reviews.packetDownloaded(actor, review);
    // GraphQL commits in its plugin; a plain route commits here, before the client holds the file.
    await this.db.commitRequest();
    const name = `promotion-review-${review.snapshot.candidateName.replace(/[^\p{L}\p{N}]+/gu, '-')}-${review.transition}.pdf`;
    return new StreamableFile(pdf, {
      type: 'application/pdf',
      disposition: `attachment; filename*=UTF-8''${encodeURIComponent(name)}`,
    });
  }
}
