import { Module } from '@nestjs/common';

import { NotificationsModule } from '../notifications/notifications.module';
import { UsersModule } from '../users/users.module';
import { NotesResolver } from './notes.resolver';
import { NotesService } from './notes.service';

@Module({
  imports: [UsersModule, NotificationsModule],
  providers: [NotesService, NotesResolver],
})
export class NotesModule {}
