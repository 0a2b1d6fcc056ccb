import { Context, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
import { PersonModel } from '../people/dto/person.model';
import { PeopleService } from '../people/people.service';
import { ConsentStatistics } from './consent-statistics.service';
import { ManagerConsentStatisticsModel } from './dto/consent-statistics.model';

@Resolver(() => ManagerConsentStatisticsModel)
export class ConsentStatisticsResolver {
  constructor(
    private readonly statistics: ConsentStatistics,
    private readonly people: PeopleService,
  ) {}

  @RequirePermission(Permission.ReadConsentStatistics)
  @Query(() => [ManagerConsentStatisticsModel], {
    description: 'Per manager: consent requests approved, declined and let lapse (HR).',
  })
  async consentStatistics(@CurrentActor() actor: Actor): Promise<ManagerConsentStatisticsModel[]> {
    const rows = await this.statistics.perManager(actor.organizationId);
    return rows.map((row) => ({ ...row, organizationId: actor.organizationId }));
  }

  @ResolveField(() => PersonModel)
  async manager(
    @Parent() row: ManagerConsentStatisticsModel,
    @Context() requestContext: object,
  ): Promise<PersonModel> {
    return PersonModel.required(
      await loaders.personById(requestContext, this.people, row.organizationId).load(row.managerId),
      row.managerId,
    );
  }
}
