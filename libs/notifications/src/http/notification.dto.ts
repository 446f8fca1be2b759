import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsString, Matches, MaxLength, Min } from 'class-validator';
import { IsCalendarDate, IsItemId, IsNotBlank, IsOmittable } from '../../../platform/src/http/field-validators';
import { PageQuery } from '../../../platform/src/http/paging';
import { NOTIFICATION_KINDS, NOTIFICATION_STATUSES, type NotificationKind, type NotificationStatus } from '../notification.events';

class RevisionCheck {
  @ApiPropertyOptional({ minimum: 0 }) @IsOmittable() @IsInt() @Min(0) expectedRevision?: number;
}

export class DraftNotificationRequest extends RevisionCheck {
  @ApiProperty({ maxLength: 20000, description: 'the text of the letter to parliament' })
  @IsString() @IsNotBlank() @MaxLength(20000) text!: string;
}

export class ApproveNotificationRequest extends RevisionCheck {}

export class DispatchNotificationRequest extends RevisionCheck {
  @ApiProperty({ example: 'Kamerstuk 27 925, nr. 999', description: 'the parliamentary paper the letter was published as' })
  @IsString() @IsNotBlank() @MaxLength(200) @Matches(/\d/, { message: 'paperReference must name the paper, e.g. "Kamerstuk 27 925, nr. 999"' })
  paperReference!: string;

  @ApiProperty({ example: '2024-08-05', description: 'the date on the letter, in the reporting time zone' })
  @IsCalendarDate() sentOn!: string;
}

export class NotificationParams {
  @ApiProperty({ format: 'uuid' }) @IsItemId() id!: string;
}

export class NotificationBoardQuery extends PageQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_STATUSES }) @IsOmittable() @IsIn(NOTIFICATION_STATUSES) status?: NotificationStatus;
  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS }) @IsOmittable() @IsIn(NOTIFICATION_KINDS) kind?: NotificationKind;
  @ApiPropertyOptional({ description: 'true: only those not sent by their due time' })
  @IsOmittable()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'overdue must be true or false' })
  overdue?: boolean;
  @ApiPropertyOptional({ description: 'the CIVCAS review or week that caused it' })
  @IsOmittable() @IsString() @MaxLength(100) triggerId?: string;
}
