// The tests and bundles target Node 24 (what action.yml declares). npm scripts put
// node_modules/.bin first on PATH, where the `node` devDependency installs Node 24.
const major = Number(process.versions.node.split('.')[0]);
if (major !== 24) {
  console.error(`deploy-kit needs Node 24 (action.yml says using: node24), but this is Node ${process.versions.node}.`);
  console.error('Run it through npm (npm test, npm run …) after `npm ci`: the `node` devDependency provides Node 24.');
  process.exit(2);
}
