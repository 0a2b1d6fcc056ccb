import type DataLoader from 'dataloader';
import { byKeys, requestLoader } from '../common/request-loaders';
import type { PeopleService } from './people.service';
import type { PersonEntity } from './person.entity';

/** People by id for one request and one organization, shared by every resolver that shows a person. */
export function personByIdLoader(
  requestContext: object,
  people: PeopleService,
  organizationId: string,
): DataLoader<string, PersonEntity | null> {
  return requestLoader(requestContext, `person.byId:${organizationId}`, async (ids: readonly string[]) =>
    byKeys(ids, await people.byIds(organizationId, ids), (row) => row.id),
  );
}
