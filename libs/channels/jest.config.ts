export default {
  displayName: 'channels',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/channels',
};
