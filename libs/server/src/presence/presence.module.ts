import { Module } from '@nestjs/common';

import { PresencePushes, PresenceResolver } from './presence.resolver';
import { PresenceService } from './presence.service';

/** Who is viewing or drafting on which comment, for "Dana is drafting a reply". */
@Module({ providers: [PresenceService, PresenceResolver, PresencePushes] })
export class PresenceModule {}
