import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../access/access.decorators';
import { loaders } from '../loaders/loaders';
import { OrganizationModel } from '../organizations/dto/organization.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { OrgUnitModel } from '../org-units/dto/org-unit.model';
import { OrgUnitsService } from '../org-units/org-units.service';
import { PeopleArgs, PersonArgs, SetPersonRolesArgs } from './dto/people.args';
import { PersonConnectionModel } from './dto/person-connection.model';
import { PersonModel } from './dto/person.model';
import { PeopleService } from './people.service';

@Resolver(() => PersonModel)
@SignedIn()
export class PeopleResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly units: OrgUnitsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => PersonModel, { description: 'The signed-in person.' })
  async me(@CurrentActor() actor: Actor): Promise<PersonModel> {
    return PersonModel.fromEntity(await this.people.byId(actor.organizationId, actor.personId));
  }

  @Query(() => PersonModel)
  async person(@CurrentActor() actor: Actor, @Args() { id }: PersonArgs): Promise<PersonModel> {
    return PersonModel.fromEntity(await this.people.byId(actor.organizationId, id));
  }

  @Query(() => PersonConnectionModel, {
    name: 'people',
    description: 'The people directory, sorted by name.',
  })
  async searchPeople(
    @CurrentActor() actor: Actor,
    @Args() { filter, first, after }: PeopleArgs,
  ): Promise<PersonConnectionModel> {
    const page = await this.people.search(actor.organizationId, filter, first, after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: PersonModel.fromEntity(edge.node) })),
    };
  }

  @Query(() => [PersonModel], {
    description: 'People at the top of the reporting lines, where the org chart starts.',
  })
  async orgChartRoots(@CurrentActor() actor: Actor): Promise<PersonModel[]> {
    return (await this.people.roots(actor.organizationId)).map((person) => PersonModel.fromEntity(person));
  }

  @RequirePermission(Permission.ChangeRoles)
  @Mutation(() => PersonModel, {
    description: "Sets a person's roles (admins; an admin cannot remove their own admin role).",
  })
  async setPersonRoles(
    @CurrentActor() actor: Actor,
    @Args() { personId, roles }: SetPersonRolesArgs,
  ): Promise<PersonModel> {
    return PersonModel.fromEntity(await this.people.setRoles(actor, personId, roles));
  }

  @ResolveField(() => OrganizationModel)
  organization(@Parent() person: PersonModel, @Context() requestContext: object): Promise<OrganizationModel> {
    return loaders.organizationById(requestContext, this.organizations).load(person.organizationId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async manager(
    @Parent() person: PersonModel,
    @Context() requestContext: object,
  ): Promise<PersonModel | null> {
    if (!person.managerId) return null;
    const manager = await loaders
      .personById(requestContext, this.people, person.organizationId)
      .load(person.managerId);
    return manager ? PersonModel.fromEntity(manager) : null;
  }

  @ResolveField(() => OrgUnitModel, { nullable: true })
  async unit(@Parent() person: PersonModel, @Context() requestContext: object): Promise<OrgUnitModel | null> {
    if (!person.unitId) return null;
    const unit = await loaders
      .orgUnitById(requestContext, this.units, person.organizationId)
      .load(person.unitId);
    return unit ? OrgUnitModel.fromEntity(unit) : null;
  }

  @ResolveField(() => [PersonModel], { description: 'Direct reports, active only, by name.' })
  async reports(@Parent() person: PersonModel, @Context() requestContext: object): Promise<PersonModel[]> {
    const reports = await loaders
      .reportsByManager(requestContext, this.people, person.organizationId)
      .load(person.id);
    return reports.map((report) => PersonModel.fromEntity(report));
  }

  @ResolveField(() => Int, { description: 'Number of active direct reports.' })
  async reportCount(@Parent() person: PersonModel, @Context() requestContext: object): Promise<number> {
    return (
      await loaders.reportsByManager(requestContext, this.people, person.organizationId).load(person.id)
    ).length;
  }
}
