// Taro's preset compiles the one React + TS source for both targets (weapp and h5).
module.exports = {
  presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
};
