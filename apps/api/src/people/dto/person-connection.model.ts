import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../common/connection';
import { PersonModel } from './person.model';

@ObjectType('PersonConnection')
export class PersonConnectionModel extends ConnectionType(PersonModel) {}
