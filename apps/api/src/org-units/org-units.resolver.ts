import { Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../auth/actor';
import { CurrentActor, SignedIn } from '../auth/auth.decorators';
import { requestLoader } from '../common/request-loaders';
import { OrgUnitModel } from './dto/org-unit.model';
import { OrgUnitsService } from './org-units.service';

@Resolver(() => OrgUnitModel)
@SignedIn()
export class OrgUnitsResolver {
  constructor(private readonly units: OrgUnitsService) {}

  @Query(() => [OrgUnitModel], {
    description: 'Every function and team of the organization, for the org chart.',
  })
  async orgUnits(@CurrentActor() actor: Actor): Promise<OrgUnitModel[]> {
    return (await this.units.list(actor.organizationId)).map((unit) => OrgUnitModel.fromEntity(unit));
  }

  @ResolveField(() => Int, { description: 'Active people directly in this unit.' })
  memberCount(@Parent() unit: OrgUnitModel, @Context() requestContext: object): Promise<number> {
    return requestLoader<string, number>(
      requestContext,
      `orgUnit.memberCount:${unit.organizationId}`,
      async (ids) => {
        const counts = await this.units.memberCounts(unit.organizationId, ids);
        return ids.map((id) => counts.get(id) ?? 0);
      },
    ).load(unit.id);
  }
}
