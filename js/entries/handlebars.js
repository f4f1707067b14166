// Handlebars renders pm.visualizer templates, as the Postman app does. The
// CommonJS build without the Node-only file loader (lib/index.js needs fs).
module.exports = require('handlebars/dist/cjs/handlebars.js')['default'];
