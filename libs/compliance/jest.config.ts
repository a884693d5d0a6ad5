export default {
  displayName: 'compliance',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/compliance',
};
