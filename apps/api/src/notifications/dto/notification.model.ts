import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NotificationKind } from '@bridge/domain';
import { ConnectionType } from '../../common/connection';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationKind)
  kind!: NotificationKind;

  @Field()
  title!: string;

  @Field()
  body!: string;

  @Field(() => String, { nullable: true, description: 'Where in the web client this leads.' })
  link!: string | null;

  @Field()
  read!: boolean;

  @Field()
  createdAt!: Date;
}

@ObjectType('NotificationConnection')
export class NotificationConnectionModel extends ConnectionType(NotificationModel) {}
