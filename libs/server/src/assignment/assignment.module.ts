import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { AssignmentResolver } from './assignment.resolver';
import { AssignmentService } from './assignment.service';

@Module({
  imports: [UsersModule, NotificationsModule],
  providers: [AssignmentService, AssignmentResolver],
})
export class AssignmentModule {}
