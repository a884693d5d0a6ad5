import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';

import { type CaseEntity } from './case.entity';
import { type CaseEventEntity } from './case-event.entity';
import { CasesService } from './cases.service';

export interface CaseRequestLoaders {
  casesOfComment: DataLoader<string, CaseEntity[]>;
  commentIdsOfCase: DataLoader<string, string[]>;
  eventsOfCase: DataLoader<string, CaseEventEntity[]>;
  userName: DataLoader<string, string | null>;
}

/**
 * Request-scoped DataLoaders for case relations, kept beside the request's GraphQL context
 * object: a page of 50 cases costs one query per relation, and nothing outlives the request.
 */
@Injectable()
export class CaseLoaders {
  private readonly byRequest = new WeakMap<object, CaseRequestLoaders>();

  constructor(private readonly cases: CasesService) {}

  for(context: object): CaseRequestLoaders {
    let loaders = this.byRequest.get(context);
    if (!loaders) {
      loaders = this.create();
      this.byRequest.set(context, loaders);
    }
    return loaders;
  }

  private create(): CaseRequestLoaders {
    const inOrder = <T>(ids: readonly string[], map: Map<string, T>, empty: T) =>
      ids.map((id) => map.get(id) ?? empty);
    return {
      casesOfComment: new DataLoader(async (ids) =>
        inOrder(ids, await this.cases.casesOf(ids), []),
      ),
      commentIdsOfCase: new DataLoader(async (ids) =>
        inOrder(ids, await this.cases.commentIdsOf(ids), []),
      ),
      eventsOfCase: new DataLoader(async (ids) => inOrder(ids, await this.cases.eventsOf(ids), [])),
      userName: new DataLoader(async (ids) =>
        inOrder<string | null>(ids, await this.cases.userNames(ids), null),
      ),
    };
  }
}
