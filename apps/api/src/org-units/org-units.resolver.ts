import { Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../access/actor';
import { CurrentActor, SignedIn } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
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
    return loaders.memberCountByUnit(requestContext, this.units, unit.organizationId).load(unit.id);
  }
}
