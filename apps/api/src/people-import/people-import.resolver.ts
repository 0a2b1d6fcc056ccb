import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Permission } from '@bridge/domain';
import type { Actor } from '../access/actor';
import { CurrentActor, RequirePermission } from '../access/access.decorators';
import { ImportPeopleArgs, PeopleImportArgs, PeopleImportsArgs } from './dto/import-people.args';
import { PeopleImportModel } from './dto/people-import.model';
import { PeopleImportService } from './people-import.service';

@Resolver(() => PeopleImportModel)
@RequirePermission(Permission.ImportPeople)
export class PeopleImportResolver {
  constructor(private readonly imports: PeopleImportService) {}

  @Mutation(() => PeopleImportModel, {
    description:
      'Imports people from an HR export. All or nothing: any bad row and nothing changes. ' +
      'A clean file is applied in the background: poll peopleImport(id) for progress.',
  })
  async importPeople(
    @CurrentActor() actor: Actor,
    @Args() args: ImportPeopleArgs,
  ): Promise<PeopleImportModel> {
    return PeopleImportModel.fromEntity(
      await this.imports.requestImport(actor, args.csv, args.dryRun ?? false, args.fileName ?? null),
    );
  }

  @Query(() => PeopleImportModel)
  async peopleImport(
    @CurrentActor() actor: Actor,
    @Args() { id }: PeopleImportArgs,
  ): Promise<PeopleImportModel> {
    return PeopleImportModel.fromEntity(await this.imports.byId(actor.organizationId, id));
  }

  @Query(() => [PeopleImportModel], { description: 'The most recent imports, newest first.' })
  async peopleImports(
    @CurrentActor() actor: Actor,
    @Args() { first }: PeopleImportsArgs,
  ): Promise<PeopleImportModel[]> {
    return (await this.imports.recent(actor.organizationId, first)).map((record) =>
      PeopleImportModel.fromEntity(record),
    );
  }
}
