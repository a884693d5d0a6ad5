export default {
  displayName: 'triage',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/triage',
};
