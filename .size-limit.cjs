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
    // sample org. What a frontend adds to its bundle to read a picked file.
    name: 'import { decodeText, readUsersFromText } from formats',
    path: 'dist/formats.js',
    import: '{ decodeText, readUsersFromText }',
    limit: '17 KiB',
    gzip: true,
  },
  {
    // Plus the words of the command line and the preview page (about 4 KiB), which the shells
    // read through this entry rather than from the catalogue's own files.
    name: 'the whole formats entry (import *)',
    path: 'dist/formats.js',
    import: '*',
    limit: '21.5 KiB',
    gzip: true,
  },
];
