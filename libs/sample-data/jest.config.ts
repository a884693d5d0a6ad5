export default {
  displayName: 'sample-data',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/sample-data',
};
