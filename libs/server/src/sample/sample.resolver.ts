import { Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import { Roles } from '../auth/roles.decorator';
import { Clock } from '../common/clock';
import { IngestReport } from '../ingest/dto/ingest-report.type';
import { SampleService } from './sample.service';

@Roles('agent')
@Resolver()
export class SampleResolver {
  constructor(
    private readonly sample: SampleService,
    private readonly clock: Clock,
  ) {}

  @Query(() => Boolean, {
    description: 'True while the sample data (a fictional hospital) is loaded.',
  })
  sampleDataLoaded(): Promise<boolean> {
    return this.sample.isLoaded();
  }

  @Roles('manager')
  @Mutation(() => IngestReport, {
    description:
      'Loads the sample data into channels labelled "Sample", with times relative to now. Loading it again stores nothing twice.',
  })
  async loadSampleData(): Promise<IngestReport> {
    const result = await this.sample.load(this.clock.now());
    return {
      accepted: result.accepted,
      updated: result.updated,
      duplicates: result.duplicates,
      rejected: result.rejected,
    };
  }

  @Roles('manager')
  @Mutation(() => Int, {
    description:
      'Deletes the sample channels with their posts and comments; returns how many channels were removed.',
  })
  removeSampleData(): Promise<number> {
    return this.sample.remove();
  }
}
