export default {
  displayName: 'importers',
  preset: '../../jest.preset.js',
  coverageDirectory: '../../coverage/libs/importers',
};
