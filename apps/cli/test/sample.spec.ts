import { SAMPLE_COMMENTS } from '@bedside/sample-data';

import { countComments, runCli, scratch } from './run-cli';

describe('bedside sample', () => {
  const space = scratch();
  afterAll(() => space.remove());

  it('loads the sample once and removes it again', () => {
    const env = { DATABASE_PATH: space.database };
    expect(runCli(['sample'], env).stdout).toContain(
      `Loaded ${SAMPLE_COMMENTS.length} sample comments`,
    );
    expect(runCli(['sample'], env).stdout).toContain('already loaded');
    expect(countComments(space.database)).toBe(SAMPLE_COMMENTS.length);
    expect(runCli(['sample', '--remove'], env).stdout).toContain(
      'Removed the sample data (6 channels).',
    );
    expect(countComments(space.database)).toBe(0);
  });

  it('names a bad setting instead of starting', () => {
    const run = runCli(['sample'], { DATABASE_PATH: space.database, LOG_LEVEL: 'chatty' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('LOG_LEVEL: must be one of');
  });
});
