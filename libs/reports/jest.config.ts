export default {
  displayName: 'reports',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/reports',
};
