// Bundle budgets for the main entry, min + gzip, bundled by esbuild for the browser (its
// default platform, so a Node built-in in the graph fails the check outright). `npm run size`
// runs them and `npm test` runs `npm run size`: a budget exceeded fails the build.
//
// The testing kit and fast-check are separate entries and must never reach the main one; if
// either did, the whole-entry figure would jump by tens of KiB and fail here.
module.exports = [
  {
    name: 'import { decide }',
    path: 'dist/index.js',
    import: '{ decide }',
    limit: '3 KiB',
    gzip: true,
  },
  {
    name: 'the whole main entry (import *)',
    path: 'dist/index.js',
    import: '*',
    limit: '8 KiB',
    gzip: true,
  },
];
