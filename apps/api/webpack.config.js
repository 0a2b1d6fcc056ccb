const { composePlugins, withNx } = require('@nx/webpack');

// Bundles the API with the libs it imports through path aliases; node_modules stay external.
module.exports = composePlugins(withNx({ target: 'node' }), (config) => {
  config.devtool = 'source-map';
  return config;
});
