// Bundle budgets for the main entry and the formats entry, min + gzip, bundled by esbuild for the browser (its
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
  {
    // Reading files: about 13 KiB of it is csv-parse's browser build (with its own Buffer),
    // which only this entry carries; the rest is the decoder, the format readers and the
    // sample org. What the preview page adds to its bundle to read a picked file.
    name: 'the whole formats entry (import *)',
    path: 'dist/formats.js',
    import: '*',
    limit: '18 KiB',
    gzip: true,
  },
];
