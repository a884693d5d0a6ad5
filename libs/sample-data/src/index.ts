export {
  buildSampleComments,
  buildSamplePosts,
  SAMPLE_COMMENTS,
  SAMPLE_POSTS,
} from './build-sample';
export { SAMPLE_CHANNELS, SAMPLE_DATA_NOTICE, SAMPLE_HOSPITAL_NAME } from './channels';
export type { SampleChannel, SampleComment, SamplePost } from './sample-data.type';
