import { Args, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission } from '../access/access.decorators';
import { EmailDeliveryService } from './email-delivery.service';
import {
  UndeliveredEmailModel,
  UndeliveredEmailsArgs,
  UndeliveredEmailStatus,
} from './dto/undelivered-email.model';

/** A delivery still SENDING after this long was cut off by a stopped process, not in progress. */
const CUT_OFF_AFTER_MS = 10 * 60_000;

@Resolver(() => UndeliveredEmailModel)
export class UndeliveredEmailsResolver {
  constructor(private readonly delivery: EmailDeliveryService) {}

  @RequirePermission(Permission.ConfigureOrganization)
  @Query(() => [UndeliveredEmailModel], {
    description: 'E-mails that failed, or whose delivery was cut off by a stop, newest first.',
  })
  async undeliveredEmails(
    @CurrentActor() actor: Actor,
    @Args() { first }: UndeliveredEmailsArgs,
  ): Promise<UndeliveredEmailModel[]> {
    const emails = await this.delivery.undelivered(
      actor.organizationId,
      new Date(Date.now() - CUT_OFF_AFTER_MS),
      first,
    );
    return emails.map((email) => ({ ...email, status: email.status as UndeliveredEmailStatus }));
  }
}
