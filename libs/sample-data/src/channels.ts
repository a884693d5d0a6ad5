import { FACEBOOK_PAGE_ID } from './facebook';
import { GOOGLE_LOCATION_ID } from './google-review';
import { INSTAGRAM_ACCOUNT_ID } from './instagram';
import type { SampleChannel } from './sample-data.type';
import { X_ACCOUNT_ID } from './x';
import { YOUTUBE_CHANNEL_ID } from './youtube';

/** The fictional hospital every sample comment is addressed to. */
export const SAMPLE_HOSPITAL_NAME = 'Northbrook General Hospital';

/** Shown wherever the sample appears, so nobody mistakes it for a real hospital's inbox. */
export const SAMPLE_DATA_NOTICE =
  'Sample data: Northbrook General Hospital is fictional, and every comment, name, number and ' +
  'account in this inbox was invented for Bedside.';

export const SAMPLE_CHANNELS: readonly SampleChannel[] = [
  {
    kind: 'facebook',
    displayName: 'Northbrook General Hospital (sample) · Facebook',
    externalAccountId: FACEBOOK_PAGE_ID,
  },
  {
    kind: 'instagram',
    displayName: '@northbrookgeneral (sample) · Instagram',
    externalAccountId: INSTAGRAM_ACCOUNT_ID,
  },
  {
    kind: 'x',
    displayName: '@northbrookgen (sample) · X',
    externalAccountId: X_ACCOUNT_ID,
  },
  {
    kind: 'youtube',
    displayName: 'Northbrook General Hospital (sample) · YouTube',
    externalAccountId: YOUTUBE_CHANNEL_ID,
  },
  {
    kind: 'google_review',
    displayName: 'Northbrook General Hospital (sample) · Google reviews',
    externalAccountId: GOOGLE_LOCATION_ID,
  },
  {
    kind: 'blog',
    displayName: 'Northbrook General Health Blog (sample)',
    externalAccountId: 'https://www.northbrookgeneral.example/blog',
  },
];
