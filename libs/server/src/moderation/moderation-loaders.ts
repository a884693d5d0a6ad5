import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { type ModerationActionEntity } from './moderation-action.entity';
import { ModerationActionsService } from './moderation-actions.service';

/**
 * Request-scoped loader of each comment's moderation actions, kept beside the request's GraphQL
 * context object: a page of comments costs one query, and nothing outlives the request.
 */
@Injectable()
export class ModerationLoaders {
  private readonly byRequest = new WeakMap<object, DataLoader<string, ModerationActionEntity[]>>();

  constructor(private readonly actions: ModerationActionsService) {}

  actionsOfComment(context: object): DataLoader<string, ModerationActionEntity[]> {
    let loader = this.byRequest.get(context);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const map = await this.actions.forComments(ids);
        return ids.map((id) => map.get(id) ?? []);
      });
      this.byRequest.set(context, loader);
    }
    return loader;
  }
}
