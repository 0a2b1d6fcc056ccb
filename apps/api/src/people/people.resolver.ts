import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequirePermission, SignedIn } from '../auth/auth.decorators';
import { byKeys, requestLoader } from '../common/request-loaders';
import { OrganizationModel } from '../organizations/organization.model';
import { OrganizationsService } from '../organizations/organizations.service';
import { OrgUnitModel } from '../org-units/dto/org-unit.model';
import { OrgUnitsService } from '../org-units/org-units.service';
import { PeopleArgs, PersonArgs, SetPersonRolesArgs } from './dto/people.args';
import { PersonConnectionModel } from './dto/person-connection.model';
import { PersonModel } from './dto/person.model';
import { personByIdLoader } from './people-loaders';
import { PeopleService } from './people.service';
import type { PersonEntity } from './person.entity';

@Resolver(() => PersonModel)
@SignedIn()
export class PeopleResolver {
  constructor(
    private readonly directory: PeopleService,
    private readonly units: OrgUnitsService,
    private readonly organizations: OrganizationsService,
  ) {}

  @Query(() => PersonModel, { description: 'The signed-in person.' })
  async me(@CurrentActor() actor: Actor): Promise<PersonModel> {
    return PersonModel.fromEntity(await this.directory.byId(actor.organizationId, actor.personId));
  }

  @Query(() => PersonModel)
  async person(@CurrentActor() actor: Actor, @Args() { id }: PersonArgs): Promise<PersonModel> {
    return PersonModel.fromEntity(await this.directory.byId(actor.organizationId, id));
  }

  @Query(() => PersonConnectionModel, { description: 'The people directory, sorted by name.' })
  async people(
    @CurrentActor() actor: Actor,
    @Args() { filter, first, after }: PeopleArgs,
  ): Promise<PersonConnectionModel> {
    const page = await this.directory.search(actor.organizationId, filter, first, after);
    return {
      ...page,
      edges: page.edges.map((edge) => ({ cursor: edge.cursor, node: PersonModel.fromEntity(edge.node) })),
    };
  }

  @Query(() => [PersonModel], {
    description: 'People at the top of the reporting lines, where the org chart starts.',
  })
  async orgChartRoots(@CurrentActor() actor: Actor): Promise<PersonModel[]> {
    return (await this.directory.roots(actor.organizationId)).map((person) => PersonModel.fromEntity(person));
  }

  @RequirePermission(Permission.ChangeRoles)
  @Mutation(() => PersonModel, {
    description: "Sets a person's roles (admins; an admin cannot remove their own admin role).",
  })
  async setPersonRoles(
    @CurrentActor() actor: Actor,
    @Args() { personId, roles }: SetPersonRolesArgs,
  ): Promise<PersonModel> {
    return PersonModel.fromEntity(await this.directory.setRoles(actor, personId, roles));
  }

  @ResolveField(() => OrganizationModel)
  organization(@Parent() person: PersonModel, @Context() requestContext: object): Promise<OrganizationModel> {
    return requestLoader(requestContext, 'organization.byId', (ids: readonly string[]) =>
      Promise.all(ids.map((id) => this.organizations.byId(id))),
    ).load(person.organizationId);
  }

  @ResolveField(() => PersonModel, { nullable: true })
  async manager(
    @Parent() person: PersonModel,
    @Context() requestContext: object,
  ): Promise<PersonModel | null> {
    if (!person.managerId) return null;
    const manager = await personByIdLoader(requestContext, this.directory, person.organizationId).load(
      person.managerId,
    );
    return manager ? PersonModel.fromEntity(manager) : null;
  }

  @ResolveField(() => OrgUnitModel, { nullable: true })
  async unit(@Parent() person: PersonModel, @Context() requestContext: object): Promise<OrgUnitModel | null> {
    if (!person.unitId) return null;
    const unit = await requestLoader(
      requestContext,
      `orgUnit.byId:${person.organizationId}`,
      async (ids: readonly string[]) =>
        byKeys(ids, await this.units.byIds(person.organizationId, ids), (row) => row.id),
    ).load(person.unitId);
    return unit ? OrgUnitModel.fromEntity(unit) : null;
  }

  @ResolveField(() => [PersonModel], { description: 'Direct reports, active only, by name.' })
  async reports(@Parent() person: PersonModel, @Context() requestContext: object): Promise<PersonModel[]> {
    const reports = await this.reportsLoader(requestContext, person.organizationId).load(person.id);
    return reports.map((report) => PersonModel.fromEntity(report));
  }

  @ResolveField(() => Int, { description: 'Number of active direct reports.' })
  async reportCount(@Parent() person: PersonModel, @Context() requestContext: object): Promise<number> {
    return (await this.reportsLoader(requestContext, person.organizationId).load(person.id)).length;
  }

  private reportsLoader(requestContext: object, organizationId: string) {
    return requestLoader(
      requestContext,
      `person.reports:${organizationId}`,
      async (managerIds: readonly string[]) => {
        const byManager = await this.directory.reportsOf(organizationId, managerIds);
        return managerIds.map((id): PersonEntity[] => byManager.get(id) ?? []);
      },
    );
  }
}
